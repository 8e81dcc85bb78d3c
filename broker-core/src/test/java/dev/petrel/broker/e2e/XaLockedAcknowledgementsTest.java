package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.Broker;
import dev.petrel.broker.BrokerExtension;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelXAConnection;
import dev.petrel.jms.PetrelXAConnectionFactory;
import dev.petrel.jms.PetrelXAResource;
import dev.petrel.jms.PetrelXASession;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages a prepared branch acknowledged stay locked across a broker restart: nobody else gets them until
 * the branch completes; a commit removes them for good, a rollback returns them, marked redelivered.
 */
@Timeout(60)
class XaLockedAcknowledgementsTest {

    private static final String QUEUE = "xa.locked";

    @TempDir
    Path data;

    private Broker start() {
        return Broker.start(BrokerExtension.onLoopback(data));
    }

    @Test
    void acknowledgementsOfPreparedBranchesStayLockedUntilTheOutcome() throws Exception {
        TestXid commitMe = new TestXid("locked-commit");
        TestXid rollMeBack = new TestXid("locked-rollback");
        try (Broker broker = start()) {
            send(broker, "committed", "rolled back", "free");
            PetrelXAConnection connection = new PetrelXAConnectionFactory(BrokerExtension.url(broker)).createXAConnection();
            connection.start();
            assertThat(prepareReceive(connection, commitMe)).isEqualTo("committed");
            assertThat(prepareReceive(connection, rollMeBack)).isEqualTo("rolled back");
            connection.close();
        }
        try (Broker broker = start()) {
            assertThat(receive(broker, 5000)).isEqualTo("free");
            assertThat(receive(broker, 300)).as("locked by prepared branches").isNull();

            PetrelXAConnection connection = new PetrelXAConnectionFactory(BrokerExtension.url(broker)).createXAConnection();
            PetrelXAResource recovery = connection.recoveryResource();
            recovery.commit(commitMe, false);
            assertThat(receive(broker, 300)).as("removed by the commit").isNull();
            recovery.rollback(rollMeBack);
            connection.close();

            Message back = receiveMessage(broker, 5000);
            assertThat(((TextMessage) back).getText()).isEqualTo("rolled back");
            assertThat(back.getJMSRedelivered()).isTrue();
            assertThat(back.getIntProperty("JMSXDeliveryCount")).isGreaterThanOrEqualTo(2);
            assertThat(receive(broker, 300)).isNull();
        }
        try (Broker broker = start()) {
            assertThat(receive(broker, 300)).as("each consumed exactly once").isNull();
        }
        BrokerExtension.deleteRecursively(data);
    }

    @Test
    void lockedMessagesOfAPreparedBranchSurviveASecondRestart() throws Exception {
        TestXid xid = new TestXid("locked-twice");
        try (Broker broker = start()) {
            send(broker, "held");
            PetrelXAConnection connection = new PetrelXAConnectionFactory(BrokerExtension.url(broker)).createXAConnection();
            connection.start();
            assertThat(prepareReceive(connection, xid)).isEqualTo("held");
            connection.close();
        }
        try (Broker broker = start()) {
            assertThat(receive(broker, 300)).isNull();
        }
        try (Broker broker = start()) {
            assertThat(receive(broker, 300)).isNull();
            PetrelXAConnection connection = new PetrelXAConnectionFactory(BrokerExtension.url(broker)).createXAConnection();
            connection.recoveryResource().rollback(xid);
            connection.close();
            assertThat(receive(broker, 5000)).isEqualTo("held");
        }
        BrokerExtension.deleteRecursively(data);
    }

    private static String prepareReceive(PetrelXAConnection connection, TestXid xid) throws Exception {
        PetrelXASession session = connection.createXASession();
        XAResource xa = session.getXAResource();
        xa.start(xid, XAResource.TMNOFLAGS);
        MessageConsumer consumer = session.createConsumer(session.createQueue(QUEUE));
        Message m = consumer.receive(5000);
        consumer.close();
        xa.end(xid, XAResource.TMSUCCESS);
        assertThat(xa.prepare(xid)).isEqualTo(XAResource.XA_OK);
        return m == null ? null : ((TextMessage) m).getText();
    }

    private static void send(Broker broker, String... texts) throws Exception {
        try (Connection c = new PetrelConnectionFactory(BrokerExtension.url(broker)).createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = s.createProducer(s.createQueue(QUEUE));
            for (String text : texts) {
                producer.send(s.createTextMessage(text));
            }
        }
    }

    private static String receive(Broker broker, long timeoutMs) throws Exception {
        Message m = receiveMessage(broker, timeoutMs);
        return m == null ? null : ((TextMessage) m).getText();
    }

    private static Message receiveMessage(Broker broker, long timeoutMs) throws Exception {
        try (Connection c = new PetrelConnectionFactory(BrokerExtension.url(broker)).createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message m = s.createConsumer(s.createQueue(QUEUE)).receive(timeoutMs);
            if (m != null) {
                m.getBody(Object.class); // usable after the connection closes
            }
            return m;
        }
    }
}
