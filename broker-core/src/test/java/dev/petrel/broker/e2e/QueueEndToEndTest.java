package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Queues end to end: the real client, the real broker, loopback TCP. */
@Timeout(60)
class QueueEndToEndTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    private static Connection connect(String... options) throws JMSException {
        return new PetrelConnectionFactory(BROKER.url(options)).createConnection();
    }

    @Test
    void tenThousandMessagesToTwoConsumersArriveExactlyOnceInProducerOrder() throws Exception {
        int count = 10_000;
        Map<Integer, Integer> seen = new ConcurrentHashMap<>();
        List<List<Integer>> perConsumer = List.of(new ArrayList<>(), new ArrayList<>());
        AtomicInteger received = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        try (Connection consumers = connect("jms.prefetch=100"); Connection producer = connect()) {
            for (int c = 0; c < 2; c++) {
                Session session = consumers.createSession(false, Session.AUTO_ACKNOWLEDGE);
                List<Integer> order = perConsumer.get(c);
                session.createConsumer(session.createQueue("e2e.orders")).setMessageListener(m -> {
                    int n = intProperty(m, "n");
                    order.add(n);
                    seen.merge(n, 1, Integer::sum);
                    if (received.incrementAndGet() == count) {
                        done.countDown();
                    }
                });
            }
            consumers.start();
            Session session = producer.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer sender = session.createProducer(session.createQueue("e2e.orders"));
            for (int i = 0; i < count; i++) {
                TextMessage m = session.createTextMessage("order " + i);
                m.setIntProperty("n", i);
                sender.send(m);
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).as("all %d messages received", count).isTrue();
        }
        assertThat(seen).hasSize(count).allSatisfy((n, times) -> assertThat(times).as("message %d", n).isEqualTo(1));
        for (List<Integer> order : perConsumer) {
            assertThat(order).isNotEmpty().isSorted();
        }
    }

    private static int intProperty(Message m, String name) {
        try {
            return m.getIntProperty(name);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void synchronousReceiveGetsTextAndBytesBodies() throws Exception {
        try (Connection connection = connect()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("e2e.bodies");
            MessageProducer producer = session.createProducer(queue);
            MessageConsumer consumer = session.createConsumer(queue);
            producer.send(session.createTextMessage("hello"));
            var bytes = session.createBytesMessage();
            bytes.writeInt(42);
            bytes.writeUTF("answer");
            producer.send(bytes);
            assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("hello");
            var received = (jakarta.jms.BytesMessage) consumer.receive(5000);
            assertThat(received.readInt()).isEqualTo(42);
            assertThat(received.readUTF()).isEqualTo("answer");
            assertThat(consumer.receiveNoWait()).isNull();
        }
    }

    @Test
    void aMessagePrefetchedButNeverSeenGoesToAnotherConsumerUnmarked() throws Exception {
        try (Connection connection = connect("jms.prefetch=10")) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("e2e.prefetch");
            MessageProducer producer = session.createProducer(queue);
            MessageConsumer first = session.createConsumer(queue);
            producer.send(session.createTextMessage("one"));
            producer.send(session.createTextMessage("two"));
            assertThat(((TextMessage) first.receive(5000)).getText()).isEqualTo("one");
            first.close();
            MessageConsumer second = session.createConsumer(queue);
            Message two = second.receive(5000);
            assertThat(((TextMessage) two).getText()).isEqualTo("two");
            assertThat(two.getJMSRedelivered()).isFalse();
        }
    }

    @Test
    void pullConsumerWithZeroPrefetchReceivesWithTimeout() throws Exception {
        try (Connection connection = connect("jms.prefetch=0")) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("e2e.pull");
            MessageConsumer consumer = session.createConsumer(queue);
            assertThat(consumer.receive(200)).isNull();
            session.createProducer(queue).send(session.createTextMessage("pulled"));
            assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("pulled");
            assertThat(consumer.receiveNoWait()).isNull();
        }
    }

    @Test
    void stoppedConnectionDeliversNothingUntilStarted() throws Exception {
        try (Connection connection = connect()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("e2e.stopped");
            session.createProducer(queue).send(session.createTextMessage("waiting"));
            MessageConsumer consumer = session.createConsumer(queue);
            // Jakarta Messaging 3.1 §6.1.5: a stopped connection delivers no messages
            assertThat(consumer.receive(300)).isNull();
            connection.start();
            assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("waiting");
        }
    }
}
