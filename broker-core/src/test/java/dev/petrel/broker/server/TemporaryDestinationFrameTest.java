package dev.petrel.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.protocol.CloseConsumer;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.CreateDestination;
import dev.petrel.protocol.DeleteDestination;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.Send;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Temporary queues and topics: owned by one connection, gone with it. */
@Timeout(30)
class TemporaryDestinationFrameTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final DestinationRef tempQueue =
            new DestinationRef(DestinationRef.Kind.TEMPORARY_QUEUE, "temp-" + NAMES.incrementAndGet());

    private static RawConnection open() throws IOException {
        RawConnection c = RawConnection.open(BROKER.port(), null);
        c.session(1, 1);
        c.producer(1, 10);
        return c;
    }

    @Test
    void anyConnectionMaySendToATemporaryQueueButOnlyItsOwnerConsumes() throws IOException {
        // TemporaryQueue javadoc / Session.createTemporaryQueue: only its connection can create consumers on it
        try (RawConnection owner = open(); RawConnection other = open()) {
            owner.ok(id -> new CreateDestination(id, tempQueue));
            other.send(10, tempQueue, "reply");
            other.error(RawConnection.consume(1, 20, tempQueue, 10, ConsumerKind.PLAIN, null, null),
                    ErrorCode.INVALID_DESTINATION);
            owner.consumer(1, 20, tempQueue, 10);
            assertThat(owner.bodies(1)).containsExactly("reply");
        }
    }

    @Test
    void sendingToADeletedTemporaryQueueIsAnInvalidDestination() throws IOException {
        // TemporaryQueue.delete javadoc: a deleted temporary queue can no longer be used
        try (RawConnection c = open()) {
            c.ok(id -> new CreateDestination(id, tempQueue));
            c.ok(id -> new DeleteDestination(id, tempQueue));
            c.error(id -> new Send(id, 10, true, RawConnection.text(tempQueue, "late")), ErrorCode.INVALID_DESTINATION);
        }
    }

    @Test
    void aTemporaryQueueIsNeverCreatedOnFirstUse() throws IOException {
        // Session.createTemporaryQueue javadoc: temporary destinations exist only once created by their connection
        try (RawConnection c = open()) {
            c.error(id -> new Send(id, 10, true, RawConnection.text(tempQueue, "nowhere")),
                    ErrorCode.INVALID_DESTINATION);
        }
    }

    @Test
    void aTemporaryQueueWithConsumersCannotBeDeleted() throws IOException {
        // TemporaryQueue.delete javadoc: JMSException if there are existing receivers still using it
        try (RawConnection c = open()) {
            c.ok(id -> new CreateDestination(id, tempQueue));
            c.consumer(1, 20, tempQueue, 10);
            c.error(id -> new DeleteDestination(id, tempQueue), ErrorCode.ILLEGAL_STATE);
            c.ok(id -> new CloseConsumer(id, 20, 0));
            c.ok(id -> new DeleteDestination(id, tempQueue));
        }
    }

    @Test
    void closingTheConnectionDeletesItsTemporaryDestinations() throws IOException {
        // Session.createTemporaryQueue javadoc: its lifetime is that of the connection
        try (RawConnection owner = open()) {
            owner.ok(id -> new CreateDestination(id, tempQueue));
        }
        try (RawConnection other = open()) {
            // the close is processed asynchronously: a bounded number of attempts until the queue is gone
            for (int attempt = 0; ; attempt++) {
                var answer = other.request(id -> new Send(id, 10, true, RawConnection.text(tempQueue, "gone?")));
                if (answer instanceof dev.petrel.protocol.ErrorFrame e) {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DESTINATION);
                    break;
                }
                assertThat(attempt).as("attempts until the temporary queue is deleted").isLessThan(500);
            }
        }
    }
}
