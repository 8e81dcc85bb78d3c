package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.SecurityConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Anonymous access on (the default): no credentials connect; credentials that are given must be right. */
@Timeout(60)
class AnonymousAccessTest {

    private static final UsersFixture USERS = new UsersFixture().user("alice", "wonderland");

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(c -> c.withSecurity(SecurityConfig.defaults()
            .withLogin(USERS.login())));

    @Test
    void aClientWithoutCredentialsConnectsAndWorks() throws Exception {
        try (Connection connection = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("anonymous.q"));
            session.createProducer(session.createQueue("anonymous.q")).send(session.createTextMessage("hi"));
            org.assertj.core.api.Assertions.assertThat(consumer.receive(5000)).isNotNull();
        }
    }

    @Test
    void aRegisteredUserLogsIn() throws Exception {
        try (Connection connection = new PetrelConnectionFactory(BROKER.url()).createConnection("alice",
                "wonderland")) {
            connection.start();
        }
    }

    @Test
    void wrongCredentialsAreRefusedEvenThoughAnonymousAccessIsOn() {
        assertThatThrownBy(() -> new PetrelConnectionFactory(BROKER.url()).createConnection("alice", "nope"))
                .isInstanceOf(JMSSecurityException.class);
    }
}
