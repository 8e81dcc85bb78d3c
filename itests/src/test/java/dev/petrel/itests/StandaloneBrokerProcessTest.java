package dev.petrel.itests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The standalone broker as its own process: what {@code ./petrel broker} runs. */
@Timeout(120)
class StandaloneBrokerProcessTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void aBrokerProcessMovesMessagesAndStopsCleanlyOnSigterm() throws Exception {
        try (BrokerProcess broker = BrokerProcess.start(data, 0, START)) {
            try (Connection connection = new PetrelConnectionFactory(broker.url()).createConnection()) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                var queue = session.createQueue("process.orders");
                MessageProducer producer = session.createProducer(queue);
                MessageConsumer consumer = session.createConsumer(queue);
                for (int i = 0; i < 1000; i++) {
                    producer.send(session.createTextMessage("order " + i));
                }
                for (int i = 0; i < 1000; i++) {
                    assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("order " + i);
                }
            }
            int exit = broker.stop(Duration.ofSeconds(20));
            // the JVM reports SIGTERM as 143 after the shutdown hook ran
            assertThat(exit).isIn(0, 143);
            assertThat(String.join("\n", broker.output())).as("exit %d", exit).contains("broker 'petrel' stopped");
        }
    }

    @Test
    void aKilledBrokerIsReportedToTheExceptionListener() throws Exception {
        try (BrokerProcess broker = BrokerProcess.start(data, 0, START)) {
            CompletableFuture<JMSException> failure = new CompletableFuture<>();
            try (Connection connection = new PetrelConnectionFactory(broker.url()).createConnection()) {
                connection.setExceptionListener(failure::complete);
                connection.start();
                broker.kill();
                JMSException reported = failure.get(30, TimeUnit.SECONDS);
                assertThat(reported.getMessage()).contains("127.0.0.1:" + broker.port());
            }
        }
    }
}
