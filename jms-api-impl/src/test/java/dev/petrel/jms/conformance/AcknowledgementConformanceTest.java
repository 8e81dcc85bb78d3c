package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.FakeBroker;
import dev.petrel.jms.PetrelConnection;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTextMessage;
import dev.petrel.jms.Received;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.TransactionRolledBackException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Chapter 6.2.6 transactions, 6.2.10 acknowledgement and Session.recover, against a fake broker client.
class AcknowledgementConformanceTest {

    private final FakeBroker broker = new FakeBroker();
    private PetrelConnection connection;

    @BeforeEach
    void connect() throws JMSException {
        connection = broker.connect("?jms.prefetch=10");
        connection.start();
    }

    private MessageConsumer consumerWith(Session session, int messages) throws Exception {
        MessageConsumer consumer = session.createConsumer(new PetrelQueue("q"));
        long id = broker.lastConsumerId();
        for (int i = 1; i <= messages; i++) {
            broker.deliver(id, i, 1, Received.wire(new PetrelTextMessage("m" + i)));
        }
        return consumer;
    }

    @Test
    void autoAcknowledgeAcksEachMessageAsReceiveReturnsIt() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10 AUTO_ACKNOWLEDGE: once the consumer has run dry, the broker has heard of
        // every message receive returned (a backlog may be told in one range rather than one frame each)
        Session s = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        MessageConsumer c = consumerWith(s, 2);
        c.receive(1000);
        c.receive(1000);
        assertThat(String.join(",", broker.calls("ack"))).isIn("ack 2 1..1,ack 2 2..2", "ack 2 1..2");
    }

    @Test
    void clientAcknowledgeWaitsForAcknowledge() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10 CLIENT_ACKNOWLEDGE acks nothing until Message.acknowledge
        Session s = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer c = consumerWith(s, 3);
        c.receive(1000);
        Message second = c.receive(1000);
        assertThat(broker.calls("ack")).isEmpty();
        second.acknowledge();
        assertThat(broker.calls("ack")).containsExactly("ackConfirmed 2 1..2");
    }

    @Test
    void clientAcknowledgeCoversEveryConsumerOfTheSession() throws Exception {
        // Message.acknowledge javadoc: acknowledges all messages consumed by the session
        Session s = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer first = consumerWith(s, 1);
        MessageConsumer second = consumerWith(s, 1);
        Message m = first.receive(1000);
        second.receive(1000);
        m.acknowledge();
        assertThat(broker.calls("ack")).containsExactlyInAnyOrder("ackConfirmed 2 1..1", "ackConfirmed 3 1..1");
    }

    @Test
    void acknowledgeIsIgnoredInAutoMode() throws Exception {
        // Message.acknowledge javadoc: ignored for non-CLIENT_ACKNOWLEDGE sessions
        Session s = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        Message m = consumerWith(s, 1).receive(1000);
        m.acknowledge();
        assertThat(broker.calls("ackConfirmed")).isEmpty();
    }

    @Test
    void acknowledgeOnAClosedSessionIsIllegal() throws Exception {
        // Message.acknowledge javadoc: IllegalStateException if the session is closed
        Session s = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Message m = consumerWith(s, 1).receive(1000);
        s.close();
        assertThatThrownBy(m::acknowledge).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void dupsOkAcknowledgesLazilyInBatches() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10 DUPS_OK_ACKNOWLEDGE lazy acknowledgement
        Session s = connection.createSession(Session.DUPS_OK_ACKNOWLEDGE);
        MessageConsumer c = consumerWith(s, 6);
        for (int i = 0; i < 6; i++) {
            c.receive(1000);
        }
        assertThat(broker.calls("ack")).containsExactly("ack 2 1..5"); // batch of prefetch/2 = 5
        c.close();
        assertThat(broker.calls("ack")).containsExactly("ack 2 1..5", "ack 2 6..6");
    }

    @Test
    void commitSendsTheConsumedRangesThenCommits() throws Exception {
        // Jakarta Messaging 3.1 §6.2.6 a transaction's consumed messages are acknowledged at commit
        Session s = connection.createSession(Session.SESSION_TRANSACTED);
        MessageConsumer c = consumerWith(s, 2);
        c.receive(1000);
        c.receive(1000);
        assertThat(broker.calls("ack")).isEmpty();
        s.commit();
        int ack = broker.calls.indexOf("ack 2 1..2");
        assertThat(ack).isGreaterThanOrEqualTo(0).isLessThan(broker.calls.indexOf("commit 1"));
    }

    @Test
    void rollbackRecoversEveryConsumerWithItsLastDeliveredId() throws Exception {
        // Jakarta Messaging 3.1 §6.2.6 rollback: consumed messages are redelivered
        Session s = connection.createSession(Session.SESSION_TRANSACTED);
        MessageConsumer c = consumerWith(s, 3);
        c.receive(1000);
        s.rollback();
        assertThat(broker.calls).containsSubsequence("rollback 1", "recover 2 last 1", "credit 2 10");
        assertThat(c.receiveNoWait()).as("buffered deliveries are dropped").isNull();
    }

    @Test
    void redeliveredMessagesCarryTheirCount() throws Exception {
        // Jakarta Messaging 3.1 §6.2.6 redelivered messages have JMSRedelivered and JMSXDeliveryCount
        Session s = connection.createSession(Session.SESSION_TRANSACTED);
        MessageConsumer c = consumerWith(s, 1);
        c.receive(1000);
        s.rollback();
        broker.deliver(2, 2, 2, Received.wire(new PetrelTextMessage("m1")));
        TextMessage again = (TextMessage) c.receive(1000);
        assertThat(again.getText()).isEqualTo("m1");
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
    }

    @Test
    void failedCommitIsTransactionRolledBackAndRecovers() throws Exception {
        // Session.commit javadoc: TransactionRolledBackException if the transaction is rolled back during commit
        Session s = connection.createSession(Session.SESSION_TRANSACTED);
        consumerWith(s, 1).receive(1000);
        broker.failNext("commit", new JMSException("store failed"));
        assertThatThrownBy(s::commit).isInstanceOf(TransactionRolledBackException.class)
                .hasMessageContaining("store failed");
        assertThat(broker.calls("recover")).containsExactly("recover 2 last 1");
    }

    @Test
    void recoverRedeliversFromTheOldestUnacknowledged() throws Exception {
        // Session.recover javadoc: restarts delivery with the oldest unacknowledged message
        Session s = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer c = consumerWith(s, 2);
        c.receive(1000);
        s.recover();
        assertThat(broker.calls).containsSubsequence("recover 2 last 1", "credit 2 10");
        c.receive(1000); // nothing buffered any more: a redelivery must come from the broker
        Message m = s.createTextMessage();
        m.acknowledge(); // nothing pending after the recover
        assertThat(broker.calls("ackConfirmed")).isEmpty();
    }

    @Test
    void closingAConsumerReportsTheLastDeliveredId() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10 unacknowledged messages of a closed consumer are redelivered
        Session s = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer c = consumerWith(s, 3);
        c.receive(1000);
        c.receive(1000);
        c.close();
        assertThat(broker.calls("closeConsumer")).containsExactly("closeConsumer 2 last 2");
    }

    @Test
    void listenerThatThrowsGetsTheMessageAgainInAutoMode() throws Exception {
        // Jakarta Messaging 3.1 §8.7 a listener's RuntimeException: AUTO_ACKNOWLEDGE redelivers it at once
        Session s = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        MessageConsumer c = s.createConsumer(new PetrelQueue("q"));
        java.util.List<Boolean> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch twice = new java.util.concurrent.CountDownLatch(2);
        c.setMessageListener(m -> {
            try {
                seen.add(m.getJMSRedelivered());
            } catch (JMSException e) {
                throw new IllegalArgumentException(e);
            }
            twice.countDown();
            if (seen.size() == 1) {
                throw new IllegalArgumentException("first try fails");
            }
        });
        broker.deliver(broker.lastConsumerId(), 1, 1, Received.wire(new PetrelTextMessage("x")));
        assertThat(twice.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(false, true);
    }
}
