package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.DeliveryPolicy;
import dev.petrel.broker.management.ObjectNames;
import dev.petrel.broker.management.QueueMXBean;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.protocol.DestinationRef;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.JMX;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A persistent backlog larger than its destination's memory limit stays in the store beyond the limit and is
 * paged in, in order, as the consumer drains it: the limit is in bytes, so large messages cannot fill the heap
 * the way a count of messages would let them. A message that expires while it waits in the store goes to the
 * expiry queue like one that expires in memory.
 */
@Timeout(120)
class MemoryLimitedPagingTest {

    private static final String BROKER_NAME = "memory-paging-test";
    private static final long LIMIT = 256 * 1024;
    private static final int SIZE = 16 * 1024;
    private static final int MESSAGES = 200;

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(MemoryLimitedPagingTest::configure);

    private static BrokerConfig configure(BrokerConfig c) {
        DeliveryPolicy small = BrokerExtension.queueMemoryLimit("paging.>", LIMIT);
        return c.withName(BROKER_NAME).withDestinations(c.destinations().withPolicies(List.of(small)));
    }

    @Test
    void aMessageThatExpiresDeepInTheStoredBacklogGoesToTheExpiryQueue() throws Exception {
        // Jakarta Messaging 3.1 §3.4.9: an expired message is not delivered
        int expiring = 80;
        try (Connection connection = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("paging.expiry"));
            for (int i = 0; i < 100; i++) {
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(new byte[SIZE]);
                m.setIntProperty("n", i);
                // 1 ms to live: the 19 synchronous persistent sends after it take longer than that
                producer.send(m, DeliveryMode.PERSISTENT, 4, i == expiring ? 1 : 0);
            }
            QueueMXBean queue = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
                    ObjectNames.destination(BROKER_NAME, DestinationRef.queue("paging.expiry")), QueueMXBean.class);
            MessageConsumer consumer = session.createConsumer(session.createQueue("paging.expiry"));
            connection.start();
            for (int i = 0; i < 100; i++) {
                if (i != expiring) {
                    Message m = consumer.receive(10_000);
                    assertThat(m).as("message %d", i).isNotNull();
                    assertThat(m.getIntProperty("n")).isEqualTo(i);
                }
            }
            assertThat(consumer.receive(200)).isNull();
            Message expired = session.createConsumer(session.createQueue("ExpiryQueue")).receive(10_000);
            assertThat(expired).isNotNull();
            assertThat(expired.getIntProperty("n")).isEqualTo(expiring);
            assertThat(queue.getExpiredCount()).isEqualTo(1);
        }
    }

    @Test
    void aBacklogBeyondTheMemoryLimitWaitsInTheStoreAndArrivesInOrder() throws Exception {
        try (Connection connection = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("paging.small"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < MESSAGES; i++) {
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(new byte[SIZE]);
                m.setIntProperty("n", i);
                producer.send(m);
                if (i % 20 == 19) {
                    session.commit();
                }
            }
            QueueMXBean queue = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
                    ObjectNames.destination(BROKER_NAME, DestinationRef.queue("paging.small")), QueueMXBean.class);
            assertThat(queue.getDepth()).isEqualTo(MESSAGES);
            assertThat(queue.getMemoryUsedBytes()).as("bytes in memory of a %d MiB backlog", MESSAGES * SIZE >> 20)
                    .isLessThanOrEqualTo(LIMIT + SIZE);

            Session receiving = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = receiving.createConsumer(receiving.createQueue("paging.small"));
            connection.start();
            for (int i = 0; i < MESSAGES; i++) {
                Message m = consumer.receive(10_000);
                assertThat(m).as("message %d", i).isNotNull();
                assertThat(m.getIntProperty("n")).isEqualTo(i);
                // in flight plus waiting stays near the limit (a chunk of 32 pages in when nothing waits)
                assertThat(queue.getMemoryUsedBytes()).isLessThanOrEqualTo(LIMIT + 32L * (SIZE + 1024));
            }
            assertThat(consumer.receive(200)).isNull();
        }
    }
}
