package dev.petrel.broker.destination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.protocol.DestinationRef;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Message groups on a queue, driven on the test thread. */
class MessageGroupDispatchTest {

    private static final Executor SAME_THREAD = Runnable::run;
    private static final DestinationRef ORDERS = DestinationRef.queue("orders");
    private final ManualTime time = new ManualTime();
    private final DestinationRegistry registry = new DestinationRegistry(SAME_THREAD, time.brokerTime(), true, true);
    private final Destination queue = registry.lookup(ORDERS);

    private void send(String body, String group) {
        queue.send(TestMessages.withProperty(ORDERS, body, "JMSXGroupID", group), TestMessages.from("p"), () -> { });
    }

    @Test
    void groupsStickToOneConsumerAndMoveWhenItCloses() {
        RecordingTarget a = new RecordingTarget("a");
        RecordingTarget b = new RecordingTarget("b");
        RemoteConsumer first = queue.addConsumer(a.spec(1, 10));
        queue.addConsumer(b.spec(2, 10));

        send("g1-1", "g1");
        send("g2-1", "g2");
        send("g1-2", "g1");
        send("g1-3", "g1");
        send("g2-2", "g2");

        assertThat(a.bodies()).containsExactly("g1-1", "g1-2", "g1-3");
        assertThat(b.bodies()).containsExactly("g2-1", "g2-2");

        first.close(Long.MAX_VALUE, RemoteConsumer.NOTHING_HELD, () -> { });
        send("g1-4", "g1");

        assertThat(b.bodies()).as("the group moved with its unacknowledged messages")
                .containsExactly("g2-1", "g2-2", "g1-1", "g1-2", "g1-3", "g1-4");
    }

    @Test
    void aGroupWaitsForItsOwnersCreditWhileOtherMessagesMoveOn() {
        RecordingTarget a = new RecordingTarget("a");
        RecordingTarget b = new RecordingTarget("b");
        RemoteConsumer owner = queue.addConsumer(a.spec(1, 1));
        queue.addConsumer(b.spec(2, 10));

        send("g1-1", "g1");
        send("g1-2", "g1");
        queue.send(TestMessages.text(ORDERS, "plain"), TestMessages.from("p"), () -> { });

        assertThat(a.bodies()).containsExactly("g1-1");
        assertThat(b.bodies()).containsExactly("plain");
        owner.credit(1);
        assertThat(a.bodies()).containsExactly("g1-1", "g1-2");
    }
}
