package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.SecurityConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With populateJmsxUserId the broker writes JMSXUserID itself: a sender cannot forge it. */
@Timeout(60)
class JmsxUserIdTest {

    private static final UsersFixture USERS = new UsersFixture().user("alice", "pw");

    @RegisterExtension
    static final BrokerExtension POPULATING = new BrokerExtension(c -> c.withSecurity(SecurityConfig.defaults()
            .withLogin(USERS.login()).withPopulateJmsxUserId(true)));

    @RegisterExtension
    static final BrokerExtension PLAIN = new BrokerExtension(c -> c.withSecurity(SecurityConfig.defaults()
            .withLogin(USERS.login())));

    private static Message sendForged(BrokerExtension broker, String user, String queue) throws Exception {
        PetrelConnectionFactory factory = new PetrelConnectionFactory(broker.url());
        try (Connection connection = user == null ? factory.createConnection() : factory.createConnection(user, "pw")) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            Message forged = session.createTextMessage("trust me");
            forged.setStringProperty("JMSXUserID", "admin");
            forged.setIntProperty("kept", 7);
            session.createProducer(session.createQueue(queue)).send(forged);
            Message received = consumer.receive(5000);
            assertThat(received).isNotNull();
            assertThat(received.getIntProperty("kept")).as("other properties survive").isEqualTo(7);
            return received;
        }
    }

    @Test
    void theBrokerOverwritesAForgedUserId() throws Exception {
        assertThat(sendForged(POPULATING, "alice", "uid.1").getStringProperty("JMSXUserID")).isEqualTo("alice");
    }

    @Test
    void anAnonymousSenderLeavesNoUserId() throws Exception {
        assertThat(sendForged(POPULATING, null, "uid.2").getStringProperty("JMSXUserID")).isNull();
    }

    @Test
    void withoutPopulateTheSendersValueTravelsUnchanged() throws Exception {
        assertThat(sendForged(PLAIN, "alice", "uid.3").getStringProperty("JMSXUserID")).isEqualTo("admin");
    }
}
