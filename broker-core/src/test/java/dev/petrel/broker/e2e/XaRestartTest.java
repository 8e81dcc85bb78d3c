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
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A prepared branch is durable: it survives a broker restart, invisible until its transaction manager commits. */
@Timeout(60)
class XaRestartTest {

    @TempDir
    Path data;

    private Broker start() {
        return Broker.start(BrokerExtension.onLoopback(data));
    }

    @Test
    void aPreparedBranchIsRestoredAndCommitsAfterARestart() throws Exception {
        TestXid commitMe = new TestXid("restart-commit");
        TestXid rollMeBack = new TestXid("restart-rollback");
        try (Broker broker = start()) {
            PetrelXAConnection connection = new PetrelXAConnectionFactory(BrokerExtension.url(broker)).createXAConnection();
            prepareSend(connection, commitMe, "committed after restart");
            prepareSend(connection, rollMeBack, "rolled back after restart");
            connection.close();
        }
        try (Broker broker = start()) {
            PetrelXAConnection connection = new PetrelXAConnectionFactory(BrokerExtension.url(broker)).createXAConnection();
            PetrelXAResource recovery = connection.recoveryResource();
            assertThat(commitMe.in(recovery.recover(XAResource.TMSTARTRSCAN))).isTrue();
            assertThat(rollMeBack.in(recovery.recover(XAResource.TMSTARTRSCAN))).isTrue();
            assertThat(receive(broker, 300)).isNull();

            recovery.commit(commitMe, false);
            recovery.rollback(rollMeBack);

            assertThat(receive(broker, 5000)).isEqualTo("committed after restart");
            assertThat(receive(broker, 300)).isNull();
            assertThat(recovery.recover(XAResource.TMSTARTRSCAN)).isEmpty();
            connection.close();
        }
        try (Broker broker = start()) {
            PetrelXAConnection connection = new PetrelXAConnectionFactory(BrokerExtension.url(broker)).createXAConnection();
            assertThat(connection.recoveryResource().recover(XAResource.TMSTARTRSCAN)).isEmpty();
            assertThat(receive(broker, 300)).isNull(); // consumed once, never again
            connection.close();
        }
        BrokerExtension.deleteRecursively(data);
    }

    /**
     * XAResource.isSameRM (JTA 1.3 §3.4.9): a transaction manager joins branches of resources that say true, so it
     * must hold for one broker across its restarts (recovery finds the branches of the resource manager it asks)
     * and fail for two brokers, even of one name.
     */
    @Test
    void isSameRmHoldsForOneBrokerAcrossRestartsAndNotForTwoOfOneName(@TempDir Path otherData) throws Exception {
        String before;
        try (Broker broker = start();
                Broker other = Broker.start(BrokerExtension.onLoopback(otherData));
                PetrelXAConnection connection = new PetrelXAConnectionFactory(BrokerExtension.url(broker)).createXAConnection();
                PetrelXAConnection toOther = new PetrelXAConnectionFactory(BrokerExtension.url(other)).createXAConnection()) {
            PetrelXAResource resource = connection.recoveryResource();
            PetrelXAResource otherResource = toOther.recoveryResource();

            assertThat(otherResource.brokerName()).isEqualTo(resource.brokerName());
            assertThat(resource.isSameRM(otherResource)).isFalse();
            assertThat(resource.isSameRM(connection.createXASession().getXAResource())).isTrue();
            before = resource.brokerId();
        }
        try (Broker broker = start();
                PetrelXAConnection connection = new PetrelXAConnectionFactory(BrokerExtension.url(broker)).createXAConnection()) {
            assertThat(connection.recoveryResource().brokerId()).isEqualTo(before);
        }
        BrokerExtension.deleteRecursively(data);
        BrokerExtension.deleteRecursively(otherData);
    }

    private static void prepareSend(PetrelXAConnection connection, TestXid xid, String text) throws Exception {
        PetrelXASession session = connection.createXASession();
        XAResource xa = session.getXAResource();
        xa.start(xid, XAResource.TMNOFLAGS);
        session.createProducer(session.createQueue("xa.restart")).send(session.createTextMessage(text));
        xa.end(xid, XAResource.TMSUCCESS);
        assertThat(xa.prepare(xid)).isEqualTo(XAResource.XA_OK);
    }

    private static String receive(Broker broker, long timeoutMs) throws Exception {
        try (Connection c = new PetrelConnectionFactory(BrokerExtension.url(broker)).createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue("xa.restart"));
            Message m = consumer.receive(timeoutMs);
            return m == null ? null : ((TextMessage) m).getText();
        }
    }
}
