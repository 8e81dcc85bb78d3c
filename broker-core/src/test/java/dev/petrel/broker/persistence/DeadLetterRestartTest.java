package dev.petrel.broker.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.config.DeliveryPolicy;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A dead-lettered persistent message is in its dead-letter queue, and only there, after a restart. */
@Timeout(60)
class DeadLetterRestartTest {

    private static final long WAIT = 5_000;

    @TempDir
    Path data;

    @Test
    void aDeadLetteredPersistentMessageIsStillInTheDeadLetterQueueAfterARestart() throws Exception {
        int maxDeliveries = DeliveryPolicy.defaults().maxDeliveries();
        try (RestartableBroker broker = new RestartableBroker(data, true).start()) {
            Session session = broker.connect(null).createSession(false, Session.CLIENT_ACKNOWLEDGE);
            session.createProducer(session.createQueue("restart.poison")).send(session.createTextMessage("poison"));
            MessageConsumer consumer = session.createConsumer(session.createQueue("restart.poison"));
            for (int delivery = 1; delivery <= maxDeliveries; delivery++) {
                assertThat(consumer.receive(WAIT)).as("delivery %d", delivery).isNotNull();
                session.recover();
            }
            // once the dead-letter queue delivers the copy, the move's store list is on disk
            Message moved = session.createConsumer(session.createQueue("DLQ.restart.poison")).receive(WAIT);
            assertThat(moved).isNotNull();

            broker.restart();

            Session after = broker.connect(null).createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message dead = after.createConsumer(after.createQueue("DLQ.restart.poison")).receive(WAIT);
            assertThat(dead).isNotNull();
            assertThat(((TextMessage) dead).getText()).isEqualTo("poison");
            assertThat(dead.getStringProperty("PETREL_ORIGINAL_DESTINATION")).isEqualTo("queue://restart.poison");
            assertThat(dead.getIntProperty("PETREL_DELIVERY_COUNT")).isEqualTo(maxDeliveries);
            assertThat(after.createConsumer(after.createQueue("restart.poison")).receive(200))
                    .as("not back in its own queue").isNull();
        }
    }
}
