package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.DeliveryPolicy;
import dev.petrel.broker.config.MemoryConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A producer of non-persistent messages (sent without waiting for receipts) that outruns the broker waits in
 * {@code send} for the broker to read, instead of piling its messages up in the client's memory: the broker's
 * flow control stops reading a full destination's producer, TCP fills, and the client's write buffer stops at its
 * high-water mark.
 */
@Timeout(120)
class ProducerBackPressureTest {

    private static final int MESSAGES = 2_000;
    private static final int SIZE = 64 * 1024;

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(ProducerBackPressureTest::configure);

    private static BrokerConfig configure(BrokerConfig c) {
        DeliveryPolicy small = BrokerExtension.queueMemoryLimit("e2e.slow", 256 * 1024);
        // a flow-control timeout longer than the test: the producer is held back, never refused
        return c.withDestinations(c.destinations().withPolicies(List.of(small))
                .withMemory(new MemoryConfig(MemoryConfig.defaults().limit(), Duration.ofMinutes(5))));
    }

    @Test
    void aProducerThatOutrunsTheBrokerWaitsInSendInsteadOfBufferingEverything() throws Exception {
        try (Connection producing = new PetrelConnectionFactory(BROKER.url()).createConnection();
                Connection consuming = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            Session session = producing.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("e2e.slow"));
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            AtomicInteger sent = new AtomicInteger();
            Thread sender = new Thread(() -> {
                try {
                    for (int i = 0; i < MESSAGES; i++) {
                        BytesMessage m = session.createBytesMessage();
                        m.writeBytes(new byte[SIZE]);
                        producer.send(m);
                        sent.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "back-pressured-producer");
            sender.start();

            awaitStuck(sender, sent);
            assertThat(sent.get()).as("sends that returned while nobody consumed (%d MiB)", sent.get() / 16)
                    .isLessThan(MESSAGES / 2);

            Session consumerSession = consuming.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = consumerSession.createConsumer(consumerSession.createQueue("e2e.slow"));
            consuming.start();
            for (int i = 0; i < MESSAGES; i++) {
                assertThat(consumer.receive(30_000)).as("message %d", i).isNotNull();
            }
            sender.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(sent.get()).isEqualTo(MESSAGES);
        }
    }

    /** Polls until the sender has stopped making progress (it waits in send), or has finished. */
    private static void awaitStuck(Thread sender, AtomicInteger sent) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int last = -1;
        while (sender.isAlive() && System.nanoTime() < deadline) {
            int now = sent.get();
            if (now == last && sender.getState() == Thread.State.WAITING) {
                return;
            }
            last = now;
            sender.join(500); // returns at once if it finished: then every send went out without waiting
        }
    }
}
