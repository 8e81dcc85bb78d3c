package dev.petrel.broker.destination;

import static dev.petrel.broker.destination.TestMessages.from;
import static dev.petrel.broker.destination.TestMessages.withProperty;
import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.protocol.DestinationRef;
import org.junit.jupiter.api.Test;

/** Queue consumers with message selectors, driven on the test thread. */
class SelectorDispatchTest {

    private final DestinationRegistry registry =
            new DestinationRegistry(Runnable::run, new ManualTime().brokerTime(), true, true);
    private final DestinationRef ref = DestinationRef.queue("orders");
    private final Destination queue = registry.lookup(ref);

    private void send(String body, String colour) {
        queue.send(withProperty(ref, body, "colour", colour), from("p"), () -> { });
    }

    private static ConsumerSpec selecting(RecordingTarget target, long id, String selector) {
        return new ConsumerSpec(id, target, 10, SelectorFilter.parse(selector), false);
    }

    @Test
    void aQueueConsumerGetsOnlyTheMessagesItsSelectorMatches() {
        // Jakarta Messaging 3.1 §3.8.1: a consumer receives only messages whose headers and properties match
        RecordingTarget blue = new RecordingTarget("blue");
        queue.addConsumer(selecting(blue, 1, "colour = 'blue'"));
        send("r1", "red");
        send("b1", "blue");
        send("b2", "blue");
        assertThat(blue.bodies()).containsExactly("b1", "b2");
    }

    @Test
    void aMessageNoSelectorMatchesStaysForAnotherConsumerWithoutBlockingThoseBehindIt() {
        // Jakarta Messaging 3.1 §3.8.1: messages not selected stay on the queue for other consumers
        send("r1", "red");
        send("b1", "blue");
        RecordingTarget blue = new RecordingTarget("blue");
        queue.addConsumer(selecting(blue, 1, "colour = 'blue'"));
        assertThat(blue.bodies()).containsExactly("b1");
        RecordingTarget any = new RecordingTarget("any");
        queue.addConsumer(any.spec(2, 10));
        assertThat(any.bodies()).containsExactly("r1");
    }

    @Test
    void aNewMatchingMessagePassesABacklogThatNoSelectorWants() {
        // Jakarta Messaging 3.1 §3.8.1: a selector only sees what it matches, however much else waits
        RecordingTarget blue = new RecordingTarget("blue");
        queue.addConsumer(selecting(blue, 1, "colour = 'blue'"));
        for (int i = 0; i < 100; i++) {
            send("r" + i, "red");
        }
        send("b1", "blue");
        assertThat(blue.bodies()).containsExactly("b1");
    }

    @Test
    void consumersWithDifferentSelectorsShareOneQueue() {
        // Jakarta Messaging 3.1 §3.8.1: each consumer's selector is applied to it alone
        RecordingTarget red = new RecordingTarget("red");
        RecordingTarget blue = new RecordingTarget("blue");
        queue.addConsumer(selecting(red, 1, "colour = 'red'"));
        queue.addConsumer(selecting(blue, 2, "colour = 'blue'"));
        send("b1", "blue");
        send("r1", "red");
        send("b2", "blue");
        assertThat(red.bodies()).containsExactly("r1");
        assertThat(blue.bodies()).containsExactly("b1", "b2");
    }

    @Test
    void aSelectorSeesTheDeliveryCount() {
        // Jakarta Messaging 3.1 §3.5.11: JMSXDeliveryCount may be used in selectors
        RecordingTarget first = new RecordingTarget("first");
        RemoteConsumer consumer = queue.addConsumer(first.spec(1, 10));
        send("m1", "red");
        consumer.close(1, RemoteConsumer.NOTHING_HELD, () -> { });
        RecordingTarget retries = new RecordingTarget("retries");
        queue.addConsumer(selecting(retries, 2, "JMSXDeliveryCount > 1"));
        assertThat(retries.bodies()).containsExactly("m1");
    }
}
