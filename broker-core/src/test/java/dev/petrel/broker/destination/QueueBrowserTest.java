package dev.petrel.broker.destination;

import static dev.petrel.broker.destination.TestMessages.from;
import static dev.petrel.broker.destination.TestMessages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerException;
import dev.petrel.protocol.BrowseEnd;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

/** Queue browsers driven on the test thread. */
class QueueBrowserTest {

    private final DestinationRegistry registry =
            new DestinationRegistry(Runnable::run, new ManualTime().brokerTime(), true, true);
    private final DestinationRef ref = DestinationRef.queue("browsed");
    private final Destination queue = registry.lookup(ref);

    private void send(String... bodies) {
        for (String body : bodies) {
            queue.send(text(ref, body), from("p"), () -> { });
        }
    }

    @Test
    void aBrowserSeesTheWaitingMessagesInOrderThenTheEnd() {
        // QueueBrowser javadoc: it looks at the messages on a queue without removing them
        send("m1", "m2");
        RecordingTarget browser = new RecordingTarget("b");
        queue.browse(browser.spec(1, 10));
        assertThat(browser.bodies()).containsExactly("m1", "m2");
        assertThat(browser.frames).last().isEqualTo(new BrowseEnd(1));
    }

    @Test
    void browsingLeavesTheMessagesInTheQueue() {
        // QueueBrowser javadoc: browsing does not remove messages
        send("m1");
        queue.browse(new RecordingTarget("b").spec(1, 10));
        RecordingTarget consumer = new RecordingTarget("c");
        queue.addConsumer(consumer.spec(2, 10));
        assertThat(consumer.bodies()).containsExactly("m1");
        assertThat(consumer.delivered.get(0).deliveryCount()).isEqualTo(1);
    }

    @Test
    void aBrowserGetsNoMoreThanItsCreditAndTheSnapshotOnly() {
        // Session.createBrowser javadoc: the browser shows a snapshot; later messages may or may not appear
        send("m1", "m2", "m3");
        RecordingTarget browser = new RecordingTarget("b");
        RemoteConsumer handle = queue.browse(browser.spec(1, 2));
        assertThat(browser.bodies()).containsExactly("m1", "m2");
        assertThat(browser.frames).doesNotContain(new BrowseEnd(1));
        send("m4");
        handle.credit(10);
        assertThat(browser.bodies()).containsExactly("m1", "m2", "m3");
        assertThat(browser.frames).last().isEqualTo(new BrowseEnd(1));
    }

    @Test
    void anEmptyQueueEndsTheBrowseAtOnce() {
        // QueueBrowser javadoc: getEnumeration may be empty
        RecordingTarget browser = new RecordingTarget("b");
        queue.browse(browser.spec(1, 0));
        assertThat(browser.frames).containsExactly(new BrowseEnd(1));
    }

    @Test
    void aBrowserShowsOnlyWhatItsSelectorMatches() {
        // Session.createBrowser(Queue, String) javadoc: only messages matching the selector are delivered
        queue.send(TestMessages.withProperty(ref, "red", "colour", "red"), from("p"), () -> { });
        queue.send(TestMessages.withProperty(ref, "blue", "colour", "blue"), from("p"), () -> { });
        RecordingTarget browser = new RecordingTarget("b");
        queue.browse(new ConsumerSpec(1, browser, 10, SelectorFilter.parse("colour = 'blue'"), false));
        assertThat(browser.bodies()).containsExactly("blue");
    }

    @Test
    void topicsCannotBeBrowsed() {
        // Session.createBrowser takes a Queue: a topic is an invalid destination for a browser
        Destination topic = registry.lookup(DestinationRef.topic("t"));
        assertThatThrownBy(() -> topic.browse(new RecordingTarget("b").spec(1, 10)))
                .isInstanceOfSatisfying(BrokerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DESTINATION));
    }
}
