package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §6.2.10, §8.7, §8.8 (acknowledgement, recover) against a real broker. */
@Timeout(30)
class AcknowledgementConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    private static void send(Session session, Queue queue, String... texts) throws Exception {
        MessageProducer producer = session.createProducer(queue);
        for (String text : texts) {
            producer.send(session.createTextMessage(text));
        }
    }

    private static String text(Message m) throws Exception {
        return m == null ? null : ((TextMessage) m).getText();
    }

    @Test
    void autoAcknowledgedMessagesAreNotRedelivered() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10: AUTO_ACKNOWLEDGE acknowledges each message when receive returns it
        Connection connection = BROKER.started();
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "a");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(5000))).isEqualTo("a");
        consumer.close();
        assertThat(connection.createSession().createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void clientAcknowledgeAcknowledgesEverythingTheSessionConsumed() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10: acknowledging a message acknowledges all messages delivered by its session
        Connection connection = BROKER.started();
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue a = session.createQueue(BROKER.name("a"));
        Queue b = session.createQueue(BROKER.name("b"));
        send(session, a, "a1", "a2");
        send(session, b, "b1");
        MessageConsumer ca = session.createConsumer(a);
        MessageConsumer cb = session.createConsumer(b);
        Message first = ca.receive(5000);
        ca.receive(5000);
        cb.receive(5000);
        first.acknowledge();
        session.recover();
        assertThat(ca.receive(300)).isNull();
        assertThat(cb.receive(300)).isNull();
    }

    @Test
    void unacknowledgedClientAckMessagesComeBackAfterRecoverInOrder() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10: recover restarts the session with its first unacknowledged message
        Session session = BROKER.started().createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "1", "2", "3");
        MessageConsumer consumer = session.createConsumer(queue);
        consumer.receive(5000).acknowledge();
        assertThat(text(consumer.receive(5000))).isEqualTo("2");
        assertThat(text(consumer.receive(5000))).isEqualTo("3");
        session.recover();
        Message two = consumer.receive(5000);
        assertThat(text(two)).isEqualTo("2");
        assertThat(two.getJMSRedelivered()).isTrue();
        assertThat(two.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        assertThat(text(consumer.receive(5000))).isEqualTo("3");
        two.acknowledge();
        assertThat(consumer.receive(200)).isNull();
    }

    @Test
    void recoverInAutoModeRedeliversNothingAlreadyAcknowledged() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10: recover resets delivery to the point after the last acknowledged message
        Session session = BROKER.started().createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "1", "2");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(5000))).isEqualTo("1");
        session.recover();
        Message next = consumer.receive(5000);
        assertThat(text(next)).isEqualTo("2");
        assertThat(next.getJMSRedelivered()).isFalse();
    }

    @Test
    void dupsOkMessagesAreAcknowledgedLazilyButSurelyByClose() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10: DUPS_OK_ACKNOWLEDGE acknowledges lazily; closing sends what is left
        Connection connection = BROKER.started();
        Session session = connection.createSession(Session.DUPS_OK_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "1", "2", "3");
        MessageConsumer consumer = session.createConsumer(queue);
        for (int i = 0; i < 3; i++) {
            assertThat(consumer.receive(5000)).isNotNull();
        }
        session.close();
        assertThat(connection.createSession().createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void acknowledgeIsIgnoredOutsideClientAcknowledge() throws Exception {
        // Jakarta Messaging 3.1 §3.6: if a client uses automatic acknowledgment, calls to acknowledge are ignored
        Session session = BROKER.started().createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "x");
        Message m = session.createConsumer(queue).receive(5000);
        m.acknowledge();
        Session tx = BROKER.started().createSession(Session.SESSION_TRANSACTED);
        Queue other = session.createQueue(BROKER.name("tx"));
        send(session, other, "y");
        Message t = tx.createConsumer(other).receive(5000);
        t.acknowledge();
        tx.rollback();
    }

    @Test
    void acknowledgeAfterTheSessionClosedIsAnIllegalState() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15: a received message's acknowledge method cannot be used after session close
        Session session = BROKER.started().createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "x");
        Message m = session.createConsumer(queue).receive(5000);
        session.close();
        assertThatThrownBy(m::acknowledge).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoverInATransactedSessionIsAnIllegalState() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10 (Session.recover javadoc): recover in a transacted session is IllegalStateException
        Session session = BROKER.connection().createSession(Session.SESSION_TRANSACTED);
        assertThatThrownBy(session::recover).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aThrowingListenerInAutoModeGetsTheMessageAgainMarkedRedelivered() throws Exception {
        // Jakarta Messaging 3.1 §8.7: with AUTO_ACKNOWLEDGE a listener's RuntimeException redelivers the message at once
        Session session = BROKER.started().createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        List<Boolean> redelivered = new CopyOnWriteArrayList<>();
        CountDownLatch twice = new CountDownLatch(2);
        session.createConsumer(queue).setMessageListener(m -> {
            try {
                redelivered.add(m.getJMSRedelivered());
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
            twice.countDown();
            if (redelivered.size() == 1) {
                throw new RuntimeException("first attempt fails");
            }
        });
        Session producer = BROKER.started().createSession();
        send(producer, queue, "x");
        Await.latch(twice);
        assertThat(redelivered).containsExactly(false, true);
    }

    @Test
    void aThrowingListenerInClientModeGetsTheNextMessage() throws Exception {
        // Jakarta Messaging 3.1 §8.7: with CLIENT_ACKNOWLEDGE the next message is delivered after a listener throws
        Session session = BROKER.started().createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch two = new CountDownLatch(2);
        session.createConsumer(queue).setMessageListener(m -> {
            seen.add(textQuietly(m));
            two.countDown();
            throw new RuntimeException("always fails");
        });
        Session producer = BROKER.started().createSession();
        send(producer, queue, "1", "2");
        Await.latch(two);
        assertThat(seen).containsExactly("1", "2");
    }

    private static String textQuietly(Message m) {
        try {
            return ((TextMessage) m).getText();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void closingAClientAckConsumerKeepsItsMessagesForTheSessionsAcknowledge() throws Exception {
        // Jakarta Messaging 3.1 §8.8: closing a consumer has no effect on acknowledging the messages it delivered
        Connection connection = BROKER.started();
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "1", "2", "3");
        MessageConsumer consumer = session.createConsumer(queue);
        Message one = consumer.receive(5000);
        assertThat(text(one)).isEqualTo("1");
        consumer.close();
        MessageConsumer other = connection.createSession().createConsumer(queue);
        assertThat(text(other.receive(5000))).as("prefetched, never seen: back at once").isEqualTo("2");
        assertThat(text(other.receive(5000))).isEqualTo("3");
        assertThat(other.receive(200)).as("the delivered message stays with the session").isNull();
        one.acknowledge();
        other.close();
        assertThat(connection.createSession().createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void closingAClientAckConsumerThenRecoverRedeliversItsMessages() throws Exception {
        // Jakarta Messaging 3.1 §8.8: after a consumer closed, its session may still recover what it delivered
        Connection connection = BROKER.started();
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "1");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(consumer.receive(5000)).isNotNull();
        consumer.close();
        session.recover();
        Message again = session.createConsumer(queue).receive(5000);
        assertThat(text(again)).isEqualTo("1");
        assertThat(again.getJMSRedelivered()).isTrue();
    }

    @Test
    void closingAClientAckSessionReturnsWhatItsClosedConsumersDelivered() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15: closing a client-acknowledged session does not acknowledge; messages come back
        Connection connection = BROKER.started();
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "1");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(consumer.receive(5000)).isNotNull();
        consumer.close();
        session.close();
        Message again = connection.createSession().createConsumer(queue).receive(5000);
        assertThat(text(again)).isEqualTo("1");
        assertThat(again.getJMSRedelivered()).isTrue();
    }

    @Test
    void aClientAckConsumerThatAcknowledgedEverythingClosesCleanly() throws Exception {
        // Jakarta Messaging 3.1 §8.8: closing a consumer whose messages were acknowledged leaves nothing behind
        Connection connection = BROKER.started();
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "1", "2");
        MessageConsumer consumer = session.createConsumer(queue);
        consumer.receive(5000).acknowledge();
        consumer.close();
        Message two = connection.createSession().createConsumer(queue).receive(5000);
        assertThat(text(two)).isEqualTo("2");
        assertThat(two.getJMSRedelivered()).isFalse();
    }
}
