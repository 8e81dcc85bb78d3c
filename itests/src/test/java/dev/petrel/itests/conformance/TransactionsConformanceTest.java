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
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TransactionRolledBackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §6.2.7 (local transactions) against a real broker. */
@Timeout(30)
class TransactionsConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    private static String text(Message m) throws Exception {
        return m == null ? null : ((TextMessage) m).getText();
    }

    @Test
    void sentMessagesAreInvisibleUntilCommit() throws Exception {
        // Jakarta Messaging 3.1 §6.2.7: when a transaction commits, its atomic unit of output is sent
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        tx.createProducer(queue).send(tx.createTextMessage("t"));
        MessageConsumer reader = connection.createSession().createConsumer(queue);
        assertThat(reader.receive(200)).isNull();
        tx.commit();
        assertThat(text(reader.receive(5000))).isEqualTo("t");
    }

    @Test
    void rolledBackSendsAreDestroyed() throws Exception {
        // Jakarta Messaging 3.1 §6.2.7: if a transaction rolls back, its produced messages are destroyed
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        tx.createProducer(queue).send(tx.createTextMessage("gone"));
        tx.rollback();
        tx.createProducer(queue).send(tx.createTextMessage("kept"));
        tx.commit();
        MessageConsumer reader = connection.createSession().createConsumer(queue);
        assertThat(text(reader.receive(5000))).isEqualTo("kept");
        assertThat(reader.receive(200)).isNull();
    }

    @Test
    void committedReceivesAreAcknowledged() throws Exception {
        // Jakarta Messaging 3.1 §6.2.7: when a transaction commits, its atomic unit of input is acknowledged
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        Session plain = connection.createSession();
        plain.createProducer(queue).send(plain.createTextMessage("x"));
        MessageConsumer consumer = tx.createConsumer(queue);
        assertThat(consumer.receive(5000)).isNotNull();
        tx.commit();
        consumer.close();
        assertThat(plain.createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void rolledBackReceivesAreRedeliveredMarked() throws Exception {
        // Jakarta Messaging 3.1 §6.2.7: on rollback the consumed messages are automatically recovered
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        Session plain = connection.createSession();
        plain.createProducer(queue).send(plain.createTextMessage("1"));
        plain.createProducer(queue).send(plain.createTextMessage("2"));
        MessageConsumer consumer = tx.createConsumer(queue);
        consumer.receive(5000);
        consumer.receive(5000);
        tx.rollback();
        Message one = consumer.receive(5000);
        assertThat(text(one)).isEqualTo("1");
        assertThat(one.getJMSRedelivered()).isTrue();
        assertThat(one.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        assertThat(text(consumer.receive(5000))).isEqualTo("2");
        tx.commit();
    }

    @Test
    void aTransactionsMessagesToOneDestinationArriveTogetherInOrder() throws Exception {
        // Jakarta Messaging 3.1 §6.2.9.2: a transaction's order of messages to a particular destination is significant
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        MessageProducer producer = tx.createProducer(queue);
        for (int i = 0; i < 20; i++) {
            producer.send(tx.createTextMessage("m" + i));
        }
        tx.commit();
        MessageConsumer reader = connection.createSession().createConsumer(queue);
        for (int i = 0; i < 20; i++) {
            assertThat(text(reader.receive(5000))).isEqualTo("m" + i);
        }
    }

    @Test
    void aTransactionSpansSendsAndReceivesAcrossDestinations() throws Exception {
        // Jakarta Messaging 3.1 §6.2.7: a transaction groups produced and consumed messages into one atomic unit
        Connection connection = BROKER.started();
        Session plain = connection.createSession();
        Queue in = plain.createQueue(BROKER.name("in"));
        Topic out = plain.createTopic(BROKER.name("out"));
        MessageConsumer subscriber = plain.createConsumer(out);
        plain.createProducer(in).send(plain.createTextMessage("request"));
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        MessageConsumer requests = tx.createConsumer(in);
        Message request = requests.receive(5000);
        tx.createProducer(out).send(tx.createTextMessage("reply to " + text(request)));
        tx.rollback();
        assertThat(subscriber.receive(200)).isNull();
        Message again = requests.receive(5000);
        tx.createProducer(out).send(tx.createTextMessage("reply to " + text(again)));
        tx.commit();
        assertThat(text(subscriber.receive(5000))).isEqualTo("reply to request");
    }

    @Test
    void commitAndRollbackNeedATransactedSession() throws Exception {
        // Jakarta Messaging 3.1 §10.3: IllegalStateException must be thrown if commit is called on a non-transacted session
        Session session = BROKER.connection().createSession(Session.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(session::commit).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::rollback).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCommitThatCannotApplyIsReportedAsRolledBack() throws Exception {
        // Jakarta Messaging 3.1 §10.3: TransactionRolledBackException must be thrown when commit results in a rollback
        Connection owner = BROKER.started();
        Session ownerSession = owner.createSession();
        TemporaryQueue temp = ownerSession.createTemporaryQueue();
        Session tx = BROKER.started().createSession(Session.SESSION_TRANSACTED);
        tx.createProducer(temp).send(tx.createTextMessage("to a destination that will vanish"));
        temp.delete();
        assertThatThrownBy(tx::commit).isInstanceOf(TransactionRolledBackException.class);
        Queue queue = tx.createQueue(BROKER.name());
        tx.createProducer(queue).send(tx.createTextMessage("next transaction works"));
        tx.commit();
    }

    @Test
    void closingAConsumerBeforeCommitKeepsItsMessagesInTheTransaction() throws Exception {
        // Jakarta Messaging 3.1 §8.8: closing a consumer has no effect on the transaction in progress (commit)
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        Session plain = connection.createSession();
        plain.createProducer(queue).send(plain.createTextMessage("x"));
        MessageConsumer consumer = tx.createConsumer(queue);
        assertThat(consumer.receive(5000)).isNotNull();
        consumer.close();
        MessageConsumer other = plain.createConsumer(queue);
        assertThat(other.receive(200)).as("still part of the transaction").isNull();
        tx.commit();
        assertThat(other.receive(300)).isNull();
    }

    @Test
    void closingAConsumerBeforeRollbackReturnsItsMessagesMarked() throws Exception {
        // Jakarta Messaging 3.1 §8.8: closing a consumer has no effect on the transaction in progress (rollback)
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        Session plain = connection.createSession();
        plain.createProducer(queue).send(plain.createTextMessage("x"));
        MessageConsumer consumer = tx.createConsumer(queue);
        assertThat(consumer.receive(5000)).isNotNull();
        consumer.close();
        tx.rollback();
        Message again = plain.createConsumer(queue).receive(5000);
        assertThat(text(again)).isEqualTo("x");
        assertThat(again.getJMSRedelivered()).isTrue();
    }

    @Test
    void aThrowingListenerInATransactedSessionDoesNotRollBack() throws Exception {
        // Jakarta Messaging 3.1 §8.7: in a transacted session a listener's RuntimeException does not roll back
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        java.util.concurrent.CountDownLatch two = new java.util.concurrent.CountDownLatch(2);
        tx.createConsumer(queue).setMessageListener(m -> {
            two.countDown();
            if (two.getCount() == 1) {
                throw new RuntimeException("listener fails");
            }
        });
        Session plain = connection.createSession();
        plain.createProducer(queue).send(plain.createTextMessage("1"));
        plain.createProducer(queue).send(plain.createTextMessage("2"));
        Await.latch(two);
    }

    @Test
    void closingATransactedSessionRollsBackItsReceives() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15: closing a transacted session rolls back: consumed messages come back
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        Session plain = connection.createSession();
        plain.createProducer(queue).send(plain.createTextMessage("x"));
        assertThat(tx.createConsumer(queue).receive(5000)).isNotNull();
        tx.close();
        Message again = plain.createConsumer(queue).receive(5000);
        assertThat(again).isNotNull();
        assertThat(again.getJMSRedelivered()).isTrue();
    }

    @Test
    void anEmptyCommitAndRollbackAreFine() throws Exception {
        // Jakarta Messaging 3.1 §6.2.7: a transacted session always has a current transaction
        Session tx = BROKER.connection().createSession(Session.SESSION_TRANSACTED);
        tx.commit();
        tx.rollback();
        tx.commit();
    }
}
