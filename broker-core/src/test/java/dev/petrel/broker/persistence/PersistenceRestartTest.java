package dev.petrel.broker.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.petrel.broker.Broker;
import dev.petrel.broker.store.JdbcMessageStore;
import dev.petrel.broker.store.StoreOptions;
import dev.petrel.broker.store.StoredQueue;
import dev.petrel.broker.store.StoredReference;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Persistent messages across a broker restart: the real broker and client, the real store in a temp dir. */
@Timeout(60)
class PersistenceRestartTest {

    private static final long WAIT = 5_000;

    @TempDir
    Path data;

    @Test
    void persistentQueueMessagesComeBackInOrderAndNonPersistentOnesDoNot() throws Exception {
        try (RestartableBroker broker = new RestartableBroker(data, true).start()) {
            Session session = broker.connect(null).createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("restart.orders"));
            send(session, producer, "one", "two", "three");
            producer.send(session.createTextMessage("memory only"), DeliveryMode.NON_PERSISTENT, 4, 0);

            broker.restart();

            assertThat(receiveAll(broker, "restart.orders", Session.AUTO_ACKNOWLEDGE))
                    .containsExactly("one", "two", "three");
        }
    }

    @Test
    void acknowledgedMessagesDoNotComeBack() throws Exception {
        try (RestartableBroker broker = new RestartableBroker(data, true).start()) {
            Session session = broker.connect(null).createSession(false, Session.AUTO_ACKNOWLEDGE);
            send(session, session.createProducer(session.createQueue("restart.acked")), "a", "b", "c", "d", "e");
            MessageConsumer consumer = session.createConsumer(session.createQueue("restart.acked"));
            for (int i = 0; i < 3; i++) {
                assertThat(consumer.receive(WAIT)).isNotNull();
            }
            consumer.close();

            broker.restart();

            assertThat(receiveAll(broker, "restart.acked", Session.AUTO_ACKNOWLEDGE)).containsExactly("d", "e");
        }
    }

    @Test
    void messagesDeliveredButNotAcknowledgedComeBackRedelivered() throws Exception {
        try (RestartableBroker broker = new RestartableBroker(data, true).start()) {
            Session session = broker.connect(null).createSession(false, Session.CLIENT_ACKNOWLEDGE);
            send(session, session.createProducer(session.createQueue("restart.unacked")), "x", "y");
            MessageConsumer consumer = session.createConsumer(session.createQueue("restart.unacked"));
            assertThat(consumer.receive(WAIT).getJMSRedelivered()).isFalse();
            assertThat(consumer.receive(WAIT)).isNotNull();

            broker.restart();

            Session again = broker.connect(null).createSession(false, Session.CLIENT_ACKNOWLEDGE);
            MessageConsumer second = again.createConsumer(again.createQueue("restart.unacked"));
            for (String expected : List.of("x", "y")) {
                Message m = second.receive(WAIT);
                assertThat(((TextMessage) m).getText()).isEqualTo(expected);
                assertThat(m.getJMSRedelivered()).isTrue();
                assertThat(m.getIntProperty("JMSXDeliveryCount")).isGreaterThanOrEqualTo(2);
            }
            assertThat(second.receive(200)).isNull();
        }
    }

    @Test
    void durableSubscriptionsKeepTheirMessagesStoredOnceForAll() throws Exception {
        List<String> names = List.of("audit", "billing", "shipping");
        try (RestartableBroker broker = new RestartableBroker(data, true).start()) {
            Session session = broker.connect("restart-client").createSession(false, Session.AUTO_ACKNOWLEDGE);
            Topic topic = session.createTopic("restart.events");
            for (String name : names) {
                session.createDurableSubscriber(topic, name).close();
            }
            send(session, session.createProducer(topic), "created", "paid");
            broker.stop();

            assertStoredOnce(names.size(), 2);
            broker.start();

            Session again = broker.connect("restart-client").createSession(false, Session.AUTO_ACKNOWLEDGE);
            for (String name : names) {
                MessageConsumer subscriber = again.createDurableSubscriber(again.createTopic("restart.events"), name);
                assertThat(drain(subscriber)).as(name).containsExactly("created", "paid");
                subscriber.close();
            }
        }
    }

    /** Each subscription holds the same store ids: one message row, one reference per subscription. */
    private void assertStoredOnce(int subscriptions, int messages) {
        try (JdbcMessageStore store = JdbcMessageStore.open(StoreOptions.hsqldb(data.resolve("store")))) {
            List<StoredQueue> queues = store.recover().queues();
            assertThat(queues).hasSize(subscriptions).allMatch(q -> q.isSubscription() && q.messageCount() == messages);
            List<List<Long>> ids = new ArrayList<>();
            for (StoredQueue q : queues) {
                ids.add(store.readReferences(q.queueKey(), 0, 100).stream().map(StoredReference::storeId).toList());
            }
            assertThat(ids).allMatch(ids.get(0)::equals);
            assertThat(store.loadMessages(queues.get(0).queueKey(), ids.get(0))).hasSize(messages);
        }
    }

    @Test
    void aScheduledMessageFiresAfterARestartAndNotBefore() throws Exception {
        try (RestartableBroker broker = new RestartableBroker(data, true).start()) {
            Session session = broker.connect(null).createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("restart.later"));
            producer.setDeliveryDelay(1_500);
            TextMessage later = session.createTextMessage("later");
            producer.send(later);
            long due = later.getJMSDeliveryTime();

            broker.restart();

            Session again = broker.connect(null).createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message m = again.createConsumer(again.createQueue("restart.later")).receive(WAIT);
            assertThat(((TextMessage) m).getText()).isEqualTo("later");
            assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(due);
        }
    }

    @Test
    void aCommittedTransactionSurvivesARestartAndAnUncommittedOneIsGone() throws Exception {
        try (RestartableBroker broker = new RestartableBroker(data, true).start()) {
            Session session = broker.connect(null).createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("restart.tx"));
            send(session, producer, "committed-1", "committed-2");
            session.commit();
            send(session, producer, "uncommitted");

            broker.restart();

            Session consuming = broker.connect(null).createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = consuming.createConsumer(consuming.createQueue("restart.tx"));
            assertThat(drain(consumer)).containsExactly("committed-1", "committed-2");
            consuming.commit();

            broker.restart();

            assertThat(receiveAll(broker, "restart.tx", Session.AUTO_ACKNOWLEDGE)).isEmpty();
        }
    }

    @Test
    void aBacklogLargerThanMemoryIsPagedInOrder() throws Exception {
        int count = 2_600;
        try (RestartableBroker broker = new RestartableBroker(data, true).start()) {
            Session session = broker.connect(null).createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("restart.backlog"));
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add("m" + i);
                producer.send(session.createTextMessage("m" + i));
                if (i % 500 == 499) {
                    session.commit();
                }
            }
            session.commit();

            broker.restart();

            assertThat(receiveAll(broker, "restart.backlog", Session.AUTO_ACKNOWLEDGE)).isEqualTo(sent);
        }
    }

    @Test
    void withPersistenceOffNothingIsStoredOrRecovered() throws Exception {
        try (RestartableBroker broker = new RestartableBroker(data.resolve("off"), false).start()) {
            Session session = broker.connect(null).createSession(false, Session.AUTO_ACKNOWLEDGE);
            send(session, session.createProducer(session.createQueue("restart.off")), "gone");
            assertThat(receiveAll(broker, "restart.off", Session.AUTO_ACKNOWLEDGE)).containsExactly("gone");
            send(session, session.createProducer(session.createQueue("restart.off")), "gone too");

            broker.restart();

            assertThat(receiveAll(broker, "restart.off", Session.AUTO_ACKNOWLEDGE)).isEmpty();
            assertThat(Files.exists(data.resolve("off"))).isFalse();
        }
    }

    @Test
    void startLogsWhatWasRecoveredAndHowLongItTook() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(Broker.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        try (RestartableBroker broker = new RestartableBroker(data, true).start()) {
            Session session = broker.connect(null).createSession(false, Session.AUTO_ACKNOWLEDGE);
            send(session, session.createProducer(session.createQueue("restart.logged")), "1", "2");
            logger.addAppender(log);

            broker.restart();
        } finally {
            logger.detachAppender(log);
        }
        assertThat(log.list).map(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.matches("broker 'petrel' recovered 1 queues and durable subscriptions holding 2 "
                        + "messages in \\d+ ms"));
    }

    private static void send(Session session, MessageProducer producer, String... bodies) throws JMSException {
        for (String body : bodies) {
            producer.send(session.createTextMessage(body));
        }
    }

    private static List<String> receiveAll(RestartableBroker broker, String queue, int ackMode) throws JMSException {
        Connection connection = broker.connect(null);
        Session session = connection.createSession(false, ackMode);
        MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
        List<String> bodies = drain(consumer);
        consumer.close();
        return bodies;
    }

    /** What a consumer receives until nothing comes for a while. */
    private static List<String> drain(MessageConsumer consumer) throws JMSException {
        List<String> bodies = new ArrayList<>();
        Message m = consumer.receive(WAIT);
        while (m != null) {
            bodies.add(((TextMessage) m).getText());
            m = consumer.receive(1_000);
        }
        return bodies;
    }
}
