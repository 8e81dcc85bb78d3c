package dev.petrel.broker.destination;

import dev.petrel.protocol.BrowseEnd;
import java.util.List;

/**
 * A queue browser: a snapshot of the queue's waiting messages, taken when it opens, sent as copies within
 * the browser's credit and followed by one {@code BROWSE_END}. The messages stay in the queue; the browser
 * keeps no deliveries, so acknowledgements for it change nothing. Owned by the queue's executor.
 */
final class QueueBrowser implements ConsumerSource {

    private final SerialExecutor executor;
    private final RemoteConsumer consumer;
    private final List<QueuedMessage> snapshot;
    private int next;
    private boolean ended;

    QueueBrowser(SerialExecutor executor, RemoteConsumer consumer, List<QueuedMessage> snapshot) {
        this.executor = executor;
        this.consumer = consumer;
        this.snapshot = snapshot;
    }

    @Override
    public void onCreditAdded() {
        assert executor.inOwnerThread();
        if (ended) {
            return;
        }
        while (next < snapshot.size() && consumer.hasCredit()) {
            consumer.onDeliverCopy(snapshot.get(next++));
        }
        if (next == snapshot.size()) {
            ended = true;
            consumer.target().write(new BrowseEnd(consumer.consumerId()));
        }
        consumer.target().flush();
    }

    @Override
    public void onReturn(List<QueuedMessage> returned) {
        // a browser keeps no deliveries, so nothing ever comes back
    }
}
