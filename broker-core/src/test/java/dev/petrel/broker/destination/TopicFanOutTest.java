package dev.petrel.broker.destination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Topic fan-out driven on the test thread. */
class TopicFanOutTest {

    private final DestinationRegistry registry =
            new DestinationRegistry(Runnable::run, new ManualTime().brokerTime(), true, true);
    private final Destination topic = registry.lookup(DestinationRef.topic("prices"));

    private void publish(String body, String fromConnection) {
        topic.send(new WireMessage("ID:" + body, DestinationRef.topic("prices"), false, 4, 0, 0, 0, null, null, null,
                null, new byte[0], WireMessage.BodyKind.TEXT, body.getBytes(StandardCharsets.UTF_8)),
                TestMessages.from(fromConnection), () -> { });
    }

    @Test
    void everySubscriberGetsEveryMessage() {
        RecordingTarget a = new RecordingTarget("a");
        RecordingTarget b = new RecordingTarget("b");
        topic.addConsumer(a.spec(1, 10));
        topic.addConsumer(b.spec(1, 10));
        publish("p1", "x");
        publish("p2", "x");
        assertThat(a.bodies()).containsExactly("p1", "p2");
        assertThat(b.bodies()).containsExactly("p1", "p2");
    }

    @Test
    void messagesPublishedBeforeASubscriptionExistsAreNotDeliveredToIt() {
        publish("early", "x");
        RecordingTarget late = new RecordingTarget("late");
        topic.addConsumer(late.spec(1, 10));
        publish("later", "x");
        assertThat(late.bodies()).containsExactly("later");
    }

    @Test
    void noLocalSubscriberSkipsItsOwnConnectionsMessages() {
        RecordingTarget self = new RecordingTarget("self");
        topic.addConsumer(new ConsumerSpec(1, self, 10, MessageFilter.ALL, true));
        publish("mine", "self");
        publish("theirs", "other");
        assertThat(self.bodies()).containsExactly("theirs");
    }

    @Test
    void closedSubscriberGetsNothingMore() {
        RecordingTarget target = new RecordingTarget("t");
        RemoteConsumer consumer = topic.addConsumer(target.spec(1, 10));
        publish("p1", "x");
        consumer.close(1, RemoteConsumer.NOTHING_HELD, () -> { });
        publish("p2", "x");
        assertThat(target.bodies()).containsExactly("p1");
    }
}
