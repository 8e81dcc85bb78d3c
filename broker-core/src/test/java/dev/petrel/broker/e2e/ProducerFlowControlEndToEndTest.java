package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.DeliveryPolicy;
import dev.petrel.broker.config.MemoryConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.CompletionListener;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Producer flow control end to end: a full destination holds a non-persistent producer back, then refuses. */
@Timeout(60)
class ProducerFlowControlEndToEndTest {

    private static final Duration FLOW_TIMEOUT = Duration.ofMillis(300);

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(ProducerFlowControlEndToEndTest::configure);

    private static BrokerConfig configure(BrokerConfig c) {
        DeliveryPolicy tiny = BrokerExtension.queueMemoryLimit("e2e.tiny", 1024);
        return c.withDestinations(c.destinations().withPolicies(List.of(tiny))
                .withMemory(new MemoryConfig(MemoryConfig.defaults().limit(), FLOW_TIMEOUT)));
    }

    /** Sends asynchronously (so the broker answers) and completes with the exception, or null when accepted. */
    private static CompletableFuture<Exception> sendAsync(Session session, MessageProducer producer) throws Exception {
        CompletableFuture<Exception> outcome = new CompletableFuture<>();
        producer.send(session.createTextMessage("x".repeat(4096)), new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                outcome.complete(null);
            }

            @Override
            public void onException(Message message, Exception exception) {
                outcome.complete(exception);
            }
        });
        return outcome;
    }

    @Test
    void aNonPersistentSendToAFullQueueIsRefusedAfterTheTimeoutNamingTheQueueAndTheLimit() throws Exception {
        try (Connection connection = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("e2e.tiny"));
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            assertThat(sendAsync(session, producer).get(5, TimeUnit.SECONDS)).as("room for the first").isNull();

            long started = System.nanoTime();
            Exception refused = sendAsync(session, producer).get(5, TimeUnit.SECONDS);

            assertThat(refused).isInstanceOf(ResourceAllocationException.class)
                    .hasMessageContaining("queue://e2e.tiny").hasMessageContaining("memoryLimit of 1024 bytes");
            assertThat((System.nanoTime() - started) / 1_000_000).as("held back for the timeout first")
                    .isGreaterThanOrEqualTo(FLOW_TIMEOUT.toMillis() - 10);
        }
    }
}
