package dev.petrel.broker.destination;

import static dev.petrel.broker.destination.TestMessages.from;
import static dev.petrel.broker.destination.TestMessages.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.protocol.DestinationRef;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Delivery delay and expiry on a hand-moved clock, driven on the test thread. */
class DeliveryTimeTest {

    private final ManualTime time = new ManualTime();
    private final DestinationRegistry registry = new DestinationRegistry(Runnable::run, time.brokerTime(), true, true);
    private final DestinationRef queueRef = DestinationRef.queue("timed");
    private final DestinationRef topicRef = DestinationRef.topic("timed");
    private final Destination queue = registry.lookup(queueRef);
    private final Destination topic = registry.lookup(topicRef);

    private long in(Duration d) {
        return time.millis() + d.toMillis();
    }

    @Test
    void aMessageIsInvisibleUntilItsDeliveryTime() {
        // Jakarta Messaging 3.1 §3.4.13 (JMSDeliveryTime): not delivered before its delivery time
        RecordingTarget target = new RecordingTarget("c");
        queue.addConsumer(target.spec(1, 10));
        queue.send(text(queueRef, "later", 4, 0, in(Duration.ofSeconds(10))), from("p"), () -> { });
        queue.send(text(queueRef, "now"), from("p"), () -> { });
        assertThat(target.bodies()).containsExactly("now");
        time.advance(Duration.ofMillis(9_999));
        assertThat(target.bodies()).containsExactly("now");
        time.advance(Duration.ofMillis(1));
        assertThat(target.bodies()).containsExactly("now", "later");
    }

    @Test
    void delayedMessagesBecomeVisibleInDeliveryTimeOrderWithOneTimer() {
        // Jakarta Messaging 3.1 §3.4.13: each message is held until its own delivery time
        RecordingTarget target = new RecordingTarget("c");
        queue.addConsumer(target.spec(1, 10));
        queue.send(text(queueRef, "third", 4, 0, in(Duration.ofSeconds(30))), from("p"), () -> { });
        queue.send(text(queueRef, "first", 4, 0, in(Duration.ofSeconds(10))), from("p"), () -> { });
        queue.send(text(queueRef, "second", 4, 0, in(Duration.ofSeconds(20))), from("p"), () -> { });
        assertThat(time.pendingTimers()).isEqualTo(1);
        time.advance(Duration.ofSeconds(20));
        assertThat(target.bodies()).containsExactly("first", "second");
        time.advance(Duration.ofSeconds(10));
        assertThat(target.bodies()).containsExactly("first", "second", "third");
        assertThat(time.pendingTimers()).isZero();
    }

    @Test
    void aDelayedTopicMessageGoesToTheSubscriptionsThatExistedWhenItWasSent() {
        // MessageProducer.setDeliveryDelay javadoc: delay changes when, not to which subscriptions, it is delivered
        RecordingTarget early = new RecordingTarget("early");
        topic.addConsumer(early.spec(1, 10));
        topic.send(text(topicRef, "delayed", 4, 0, in(Duration.ofSeconds(5))), from("p"), () -> { });
        RecordingTarget late = new RecordingTarget("late");
        topic.addConsumer(late.spec(2, 10));
        assertThat(early.bodies()).isEmpty();
        time.advance(Duration.ofSeconds(5));
        assertThat(early.bodies()).containsExactly("delayed");
        assertThat(late.bodies()).isEmpty();
    }

    @Test
    void anExpiredMessageIsNeverDelivered() {
        // Jakarta Messaging 3.1 §3.4.9 (JMSExpiration): an expired message should not be delivered
        queue.send(text(queueRef, "expires", 4, in(Duration.ofSeconds(1)), 0), from("p"), () -> { });
        queue.send(text(queueRef, "lives"), from("p"), () -> { });
        time.advance(Duration.ofSeconds(1));
        RecordingTarget target = new RecordingTarget("c");
        queue.addConsumer(target.spec(1, 10));
        assertThat(target.bodies()).containsExactly("lives");
    }

    @Test
    void aMessageExpiredOnArrivalIsDroppedAtOnce() {
        // Jakarta Messaging 3.1 §3.4.9: expiration is an absolute time; past it the message is gone
        RecordingTarget target = new RecordingTarget("c");
        queue.addConsumer(target.spec(1, 10));
        queue.send(text(queueRef, "dead", 4, time.millis(), 0), from("p"), () -> { });
        assertThat(target.bodies()).isEmpty();
    }

    @Test
    void aMessageThatExpiresWhileDelayedIsNeverDelivered() {
        // Jakarta Messaging 3.1 §3.4.9 and §3.4.13: expiry applies from the send, delay or not
        RecordingTarget target = new RecordingTarget("c");
        queue.addConsumer(target.spec(1, 10));
        queue.send(text(queueRef, "too-late", 4, in(Duration.ofSeconds(1)), in(Duration.ofSeconds(2))), from("p"),
                () -> { });
        time.advance(Duration.ofSeconds(2));
        assertThat(target.bodies()).isEmpty();
    }
}
