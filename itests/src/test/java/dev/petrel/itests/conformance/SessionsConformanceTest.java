package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TopicSession;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §6.2 (sessions) and §9.2 (domain rules) against a real broker. */
@Timeout(30)
class SessionsConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    @Test
    void everySessionModeIsReportedBack() throws Exception {
        // Jakarta Messaging 3.1 §6.2: a session is created transacted or with one of three acknowledge modes
        Connection connection = BROKER.connection();
        for (int mode : new int[] {Session.AUTO_ACKNOWLEDGE, Session.CLIENT_ACKNOWLEDGE, Session.DUPS_OK_ACKNOWLEDGE}) {
            Session session = connection.createSession(mode);
            assertThat(session.getAcknowledgeMode()).isEqualTo(mode);
            assertThat(session.getTransacted()).isFalse();
        }
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        assertThat(transacted.getTransacted()).isTrue();
        assertThat(transacted.getAcknowledgeMode()).isEqualTo(Session.SESSION_TRANSACTED);
        assertThat(connection.createSession().getAcknowledgeMode()).isEqualTo(Session.AUTO_ACKNOWLEDGE);
        assertThat(connection.createSession(true, Session.CLIENT_ACKNOWLEDGE).getTransacted()).isTrue();
        assertThat(connection.createSession(false, Session.DUPS_OK_ACKNOWLEDGE).getAcknowledgeMode())
                .isEqualTo(Session.DUPS_OK_ACKNOWLEDGE);
    }

    @Test
    void anInvalidSessionModeIsRefused() throws Exception {
        // Jakarta Messaging 3.1 §6.2 (Connection.createSession javadoc): an unknown session mode is a JMSException
        Connection connection = BROKER.connection();
        assertThatThrownBy(() -> connection.createSession(42)).isInstanceOf(JMSException.class);
    }

    @Test
    void messagesSentBySessionToADestinationArriveInSendOrder() throws Exception {
        // Jakarta Messaging 3.1 §6.2.9.1: messages sent by a session to a destination are received in send order
        Session session = BROKER.started().createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 50; i++) {
            producer.send(session.createTextMessage("m" + i));
        }
        MessageConsumer consumer = session.createConsumer(queue);
        for (int i = 0; i < 50; i++) {
            assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("m" + i);
        }
    }

    @Test
    void aMessageCreatedByOneSessionCanBeSentByAnother() throws Exception {
        // Jakarta Messaging 3.1 §6.2.4: messages may be sent using any session, not just the one that created them
        Connection connection = BROKER.started();
        Session creator = connection.createSession();
        Session sender = connection.createSession();
        Queue queue = sender.createQueue(BROKER.name());
        sender.createProducer(queue).send(creator.createTextMessage("from another session"));
        assertThat(((TextMessage) sender.createConsumer(queue).receive(5000)).getText())
                .isEqualTo("from another session");
    }

    @Test
    void sessionCloseRollsBackTheTransactionInProgress() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15: closing a transacted session must roll back its transaction in progress
        Connection connection = BROKER.started();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        tx.createProducer(queue).send(tx.createTextMessage("uncommitted"));
        tx.close();
        assertThat(connection.createSession().createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void sessionCloseRedeliversUnacknowledgedClientAckMessages() throws Exception {
        // Jakarta Messaging 3.1 §6.2: unacknowledged messages of a terminated session are redelivered to the next consumer
        Connection connection = BROKER.started();
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        session.createProducer(queue).send(session.createTextMessage("x"));
        assertThat(session.createConsumer(queue).receive(5000)).isNotNull();
        session.close();
        Message again = connection.createSession().createConsumer(queue).receive(5000);
        assertThat(again).isNotNull();
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
    }

    @Test
    void closingAClosedSessionDoesNotThrowAndAClosedSessionRefusesUse() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15: closing a closed session must not throw; using it throws IllegalStateException
        Session session = BROKER.connection().createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageConsumer consumer = session.createConsumer(queue);
        MessageProducer producer = session.createProducer(queue);
        session.close();
        session.close();
        assertThatThrownBy(session::createMessage).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.createConsumer(queue)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::getTransacted).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(producer::getDeliveryMode).isInstanceOf(IllegalStateException.class);
        consumer.close();
        producer.close();
    }

    @Test
    void sessionCloseEndsABlockedReceiveFromAnotherThread() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15: session close may be called from another thread and ends a pending receive
        Session session = BROKER.started().createSession();
        MessageConsumer consumer = session.createConsumer(session.createQueue(BROKER.name()));
        AtomicReference<Object> result = new AtomicReference<>("pending");
        Thread receiver = new Thread(() -> {
            try {
                result.set(consumer.receive());
            } catch (JMSException e) {
                result.set(e);
            }
        });
        receiver.start();
        Await.until(() -> receiver.getState() == Thread.State.WAITING);
        session.close();
        receiver.join(5000);
        assertThat(receiver.isAlive()).isFalse();
        assertThat(result.get()).isNull();
    }

    @Test
    void aQueueSessionRefusesTopicOnlyMethods() throws Exception {
        // Jakarta Messaging 3.1 §9.2: domain-inappropriate methods of QueueSession throw IllegalStateException
        QueueSession session = BROKER.track(BROKER.factory().createQueueConnection())
                .createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
        Topic topic = BROKER.connection().createSession().createTopic(BROKER.name());
        assertThatThrownBy(() -> session.createTopic("t")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::createTemporaryTopic).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.createDurableSubscriber(topic, "s")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.createDurableConsumer(topic, "s")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.createSharedConsumer(topic, "s")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.createSharedDurableConsumer(topic, "s"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.unsubscribe("s")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTopicSessionRefusesQueueOnlyMethods() throws Exception {
        // Jakarta Messaging 3.1 §9.2: domain-inappropriate methods of TopicSession throw IllegalStateException
        TopicSession session = BROKER.track(BROKER.factory().createTopicConnection())
                .createTopicSession(false, Session.AUTO_ACKNOWLEDGE);
        Queue queue = BROKER.connection().createSession().createQueue(BROKER.name());
        assertThatThrownBy(() -> session.createQueue("q")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::createTemporaryQueue).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.createBrowser(queue)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.createBrowser(queue, "a = 1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void domainSessionsSendAndReceiveThroughTheirOwnObjects() throws Exception {
        // Jakarta Messaging 3.1 §2.9: the legacy domain-specific API sends and receives through senders and receivers
        var qc = BROKER.track(BROKER.factory().createQueueConnection());
        qc.start();
        QueueSession qs = qc.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
        Queue queue = qs.createQueue(BROKER.name());
        qs.createSender(queue).send(qs.createTextMessage("p2p"));
        var receiver = qs.createReceiver(queue);
        assertThat(receiver.getQueue()).isEqualTo(queue);
        assertThat(((TextMessage) receiver.receive(5000)).getText()).isEqualTo("p2p");
        assertThat(qs.createReceiver(queue, "a = 1").getMessageSelector()).isEqualTo("a = 1");

        var tc = BROKER.track(BROKER.factory().createTopicConnection());
        tc.start();
        TopicSession ts = tc.createTopicSession(false, Session.AUTO_ACKNOWLEDGE);
        Topic topic = ts.createTopic(BROKER.name("t"));
        var subscriber = ts.createSubscriber(topic);
        var noLocal = ts.createSubscriber(topic, null, true);
        assertThat(subscriber.getTopic()).isEqualTo(topic);
        assertThat(noLocal.getNoLocal()).isTrue();
        var publisher = ts.createPublisher(topic);
        assertThat(publisher.getTopic()).isEqualTo(topic);
        publisher.publish(ts.createTextMessage("pubsub"));
        assertThat(((TextMessage) subscriber.receive(5000)).getText()).isEqualTo("pubsub");
        assertThat(noLocal.receive(200)).isNull();
    }

    @Test
    void sessionLevelListenersAreTheOptionalApplicationServerApi() throws Exception {
        // Jakarta Messaging 3.1 §11.2.1: Session.setMessageListener/getMessageListener/run are optional facilities
        Session session = BROKER.connection().createSession();
        assertThatThrownBy(session::getMessageListener).isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> session.setMessageListener(m -> { })).isInstanceOf(JMSException.class);
        assertThatThrownBy(session::run).isInstanceOf(RuntimeException.class);
    }

    @Test
    void createDestinationObjectsFromProviderNames() throws Exception {
        // Jakarta Messaging 3.1 §6.2.3: sessions create Queue and Topic objects from provider-specific names
        Session session = BROKER.connection().createSession();
        String name = BROKER.name();
        assertThat(session.createQueue(name).getQueueName()).isEqualTo(name);
        assertThat(session.createTopic(name).getTopicName()).isEqualTo(name);
        assertThat(session.createQueue(name)).isEqualTo(session.createQueue(name));
    }

    @Test
    void listenersOfOneSessionRunSerially() throws Exception {
        // Jakarta Messaging 3.1 §6.2.13: a session serializes all asynchronous delivery to its listeners
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue a = session.createQueue(BROKER.name("a"));
        Queue b = session.createQueue(BROKER.name("b"));
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger maxRunning = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(40);
        jakarta.jms.MessageListener listener = m -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.yield();
            running.decrementAndGet();
            done.countDown();
        };
        session.createConsumer(a).setMessageListener(listener);
        session.createConsumer(b).setMessageListener(listener);
        Session producer = connection.createSession();
        for (int i = 0; i < 20; i++) {
            producer.createProducer(a).send(producer.createMessage());
            producer.createProducer(b).send(producer.createMessage());
        }
        Await.latch(done);
        assertThat(maxRunning.get()).isEqualTo(1);
    }
}
