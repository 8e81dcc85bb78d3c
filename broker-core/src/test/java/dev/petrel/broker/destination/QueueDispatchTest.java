package dev.petrel.broker.destination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * Queue dispatch driven on the test thread: the pool runs each executor turn at once, so every assertion
 * sees the destination after all submitted work.
 */
class QueueDispatchTest {

    private static final Executor SAME_THREAD = Runnable::run;
    private final ManualTime time = new ManualTime();
    private final DestinationRegistry registry = new DestinationRegistry(SAME_THREAD, time.brokerTime(), true, true);
    private final Destination queue = registry.lookup(DestinationRef.queue("orders"));

    static WireMessage message(String body, int priority) {
        return new WireMessage("ID:" + body, DestinationRef.queue("orders"), false, priority, 0, 0, 0, null, null,
                null, null, new byte[0], WireMessage.BodyKind.TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    private void send(String... bodies) {
        for (String body : bodies) {
            queue.send(message(body, 4), TestMessages.from("producer-connection"), () -> { });
        }
    }

    @Test
    void messagesGoRoundRobinToConsumersWithCredit() {
        RecordingTarget a = new RecordingTarget("a");
        RecordingTarget b = new RecordingTarget("b");
        queue.addConsumer(a.spec(1, 10));
        queue.addConsumer(b.spec(1, 10));
        send("m1", "m2", "m3", "m4");
        assertThat(a.bodies()).containsExactly("m1", "m3");
        assertThat(b.bodies()).containsExactly("m2", "m4");
    }

    @Test
    void consumerWithoutCreditIsSkippedAndServedWhenCreditArrives() {
        RecordingTarget slow = new RecordingTarget("slow");
        RemoteConsumer consumer = queue.addConsumer(slow.spec(1, 1));
        send("m1", "m2", "m3");
        assertThat(slow.bodies()).containsExactly("m1");
        consumer.credit(2);
        assertThat(slow.bodies()).containsExactly("m1", "m2", "m3");
    }

    @Test
    void deliveryIdsIncreaseFromOnePerConsumer() {
        RecordingTarget target = new RecordingTarget("t");
        queue.addConsumer(target.spec(7, 10));
        send("m1", "m2");
        assertThat(target.delivered).extracting(d -> d.deliveryId()).containsExactly(1L, 2L);
        assertThat(target.delivered).allSatisfy(d -> assertThat(d.consumerId()).isEqualTo(7));
    }

    @Test
    void higherPriorityWaitingMessagesGoFirst() {
        queue.send(message("low", 1), TestMessages.from("p"), () -> { });
        queue.send(message("high", 9), TestMessages.from("p"), () -> { });
        queue.send(message("normal", 4), TestMessages.from("p"), () -> { });
        RecordingTarget target = new RecordingTarget("t");
        queue.addConsumer(target.spec(1, 10));
        assertThat(target.bodies()).containsExactly("high", "normal", "low");
    }

    @Test
    void closingAConsumerReturnsUnacknowledgedMessagesInOrderMarkingOnlyTheSeenOnes() {
        RecordingTarget first = new RecordingTarget("first");
        RemoteConsumer consumer = queue.addConsumer(first.spec(1, 10));
        send("m1", "m2", "m3", "m4");
        consumer.acknowledge(1, 1, null);
        // the application saw m1 (acknowledged) and m2; m3 and m4 were only prefetched
        consumer.close(2, RemoteConsumer.NOTHING_HELD, () -> { });
        RecordingTarget second = new RecordingTarget("second");
        queue.addConsumer(second.spec(2, 10));
        assertThat(second.bodies()).containsExactly("m2", "m3", "m4");
        assertThat(second.delivered).extracting(d -> d.deliveryCount()).containsExactly(2, 1, 1);
    }

    @Test
    void drainTakesBackUnusedCredit() {
        RecordingTarget target = new RecordingTarget("t");
        RemoteConsumer consumer = queue.addConsumer(target.spec(1, 5));
        boolean[] drained = {false};
        consumer.drain(() -> drained[0] = true);
        send("m1");
        assertThat(drained[0]).isTrue();
        assertThat(target.delivered).isEmpty();
    }

    @Test
    void dispatchFlushesEachTargetOncePerRound() {
        RecordingTarget target = new RecordingTarget("t");
        RemoteConsumer consumer = queue.addConsumer(target.spec(1, 0));
        send("m1", "m2", "m3");
        int before = target.flushes;
        consumer.credit(3);
        assertThat(target.delivered).hasSize(3);
        assertThat(target.flushes - before).isEqualTo(1);
    }
}
