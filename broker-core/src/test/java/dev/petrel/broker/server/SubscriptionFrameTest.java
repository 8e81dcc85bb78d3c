package dev.petrel.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.protocol.BrowseEnd;
import dev.petrel.protocol.CloseConsumer;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Unsubscribe;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Durable subscriptions, browsers and selectors over the wire. */
@Timeout(30)
class SubscriptionFrameTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final int n = NAMES.incrementAndGet();
    private final DestinationRef topic = DestinationRef.topic("subs-" + n);
    private final DestinationRef queue = DestinationRef.queue("subs-" + n);

    private static RawConnection open(String clientId) throws IOException {
        RawConnection c = RawConnection.open(BROKER.port(), clientId);
        c.session(1, 1);
        c.producer(1, 10);
        return c;
    }

    @Test
    void aDurableSubscriptionOutlivesItsConnectionUntilUnsubscribed() throws IOException {
        // Jakarta Messaging 3.1 §8.3.3: a durable subscription keeps messages while no consumer is active
        String clientId = "durable-" + n;
        try (RawConnection c = open(clientId)) {
            c.ok(RawConnection.consume(1, 20, topic, 10, ConsumerKind.DURABLE, "audit", null));
        }
        try (RawConnection publisher = open(null)) {
            publisher.send(10, topic, "while-away");
        }
        try (RawConnection c = reopen(clientId)) {
            c.ok(RawConnection.consume(1, 20, topic, 10, ConsumerKind.DURABLE, "audit", null));
            assertThat(c.bodies(1)).containsExactly("while-away");
            c.error(id -> new Unsubscribe(id, "audit"), ErrorCode.ILLEGAL_STATE);
            c.ok(id -> new CloseConsumer(id, 20, Long.MAX_VALUE));
            c.ok(id -> new Unsubscribe(id, "audit"));
            c.error(id -> new Unsubscribe(id, "audit"), ErrorCode.INVALID_DESTINATION);
        }
    }

    /** The client ID of a closed connection is freed asynchronously: retry the handshake a bounded number of times. */
    private static RawConnection reopen(String clientId) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return open(clientId);
            } catch (AssertionError stillHeld) {
                if (attempt >= 100) {
                    throw stillHeld;
                }
            }
        }
    }

    @Test
    void aDurableSubscriptionNeedsAClientIdOnTheConnection() throws IOException {
        // Session.createDurableConsumer javadoc: IllegalStateException if the client identifier is unset
        try (RawConnection c = open(null)) {
            c.error(RawConnection.consume(1, 20, topic, 10, ConsumerKind.DURABLE, "audit", null),
                    ErrorCode.ILLEGAL_STATE);
        }
    }

    @Test
    void aBadSelectorIsRefusedWithTheParsersMessage() throws IOException {
        // Session.createConsumer javadoc: InvalidSelectorException if the message selector is invalid
        try (RawConnection c = open(null)) {
            ErrorFrame error = c.error(RawConnection.consume(1, 20, queue, 10, ConsumerKind.PLAIN, null, "colour = "),
                    ErrorCode.INVALID_SELECTOR);
            assertThat(error.message()).contains("colour = ");
        }
    }

    @Test
    void aBrowserOverTheWireSeesTheQueueAndEndsWithBrowseEnd() throws IOException {
        // QueueBrowser javadoc: browse the messages of a queue without removing them
        try (RawConnection c = open(null)) {
            c.send(10, queue, "m1");
            c.send(10, queue, "m2");
            c.ok(RawConnection.consume(1, 20, queue, 10, ConsumerKind.BROWSER, null, null));
            assertThat(c.bodies(2)).containsExactly("m1", "m2");
            assertThat(c.nextUnasked()).isEqualTo(new BrowseEnd(20));
            c.consumer(1, 21, queue, 10);
            assertThat(c.bodies(2)).containsExactly("m1", "m2");
        }
    }

    @Test
    void topicsCannotBeBrowsed() throws IOException {
        // Session.createBrowser takes a Queue: a topic is an invalid destination
        try (RawConnection c = open(null)) {
            c.error(RawConnection.consume(1, 20, topic, 10, ConsumerKind.BROWSER, null, null),
                    ErrorCode.INVALID_DESTINATION);
        }
    }
}
