package dev.petrel.broker.destination;

import dev.petrel.protocol.BrowseEnd;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A queue browser: the queue's waiting messages in memory when it opens, then the queue's messages that are
 * only in the store (read page by page as the browser's credit allows), sent as copies and followed by one
 * {@code BROWSE_END}. The messages stay in the queue; the browser keeps no deliveries, so acknowledgements for
 * it change nothing. Owned by the queue's executor.
 */
final class QueueBrowser implements ConsumerSource {

    /** Stored messages read per page once the in-memory snapshot is sent. */
    private static final int STORE_PAGE = 200;

    private final SerialExecutor executor;
    private final RemoteConsumer consumer;
    private final ArrayDeque<QueuedMessage> ahead;
    private final QueueStorage storage;
    private final MessageFilter filter;
    private final Clock clock;
    /** The store id after which stored messages are still to be read, or -1 when there are none. */
    private long storedAfter;
    private boolean ended;

    QueueBrowser(SerialExecutor executor, RemoteConsumer consumer, List<QueuedMessage> snapshot, QueueStorage storage,
            MessageFilter filter, Clock clock) {
        this.executor = executor;
        this.consumer = consumer;
        this.ahead = new ArrayDeque<>(snapshot);
        this.storage = storage;
        this.filter = filter;
        this.clock = clock;
        this.storedAfter = storage.storedBeyond();
    }

    @Override
    public void onCreditAdded() {
        assert executor.inOwnerThread();
        if (ended) {
            return;
        }
        while (consumer.hasCredit() && (!ahead.isEmpty() || readStoredPage())) {
            consumer.onDeliverCopy(ahead.poll());
        }
        if (ahead.isEmpty() && storedAfter < 0) {
            ended = true;
            consumer.target().write(new BrowseEnd(consumer.consumerId()));
        }
        consumer.target().flush();
    }

    /** Reads stored messages until one is visible to this browser or the store has no more; true if one is. */
    private boolean readStoredPage() {
        while (ahead.isEmpty() && storedAfter >= 0) {
            QueuePager.BrowsePage page = storage.browse(storedAfter, STORE_PAGE);
            long now = clock.millis();
            for (QueuedMessage m : page.messages()) {
                if (!m.expiredAt(now) && (filter.matchesEverything() || filter.matches(m.context()))) {
                    ahead.add(m);
                }
            }
            storedAfter = page.more() ? page.lastStoreId() : -1;
        }
        return !ahead.isEmpty();
    }

    @Override
    public void onReturn(List<QueuedMessage> returned) {
        // a browser keeps no deliveries, so nothing ever comes back
    }
}
