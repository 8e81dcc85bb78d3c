package dev.petrel.broker.destination;

import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.StoreOp;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "dispatched up to" mark of one stored queue or durable subscription: a message goes to a consumer only
 * once its store id is at or below a mark that is on disk, so after a crash every message that may have
 * reached a consumer is flagged redelivered, without a store write per delivery. One mark op covers a window
 * of messages; at most one is in flight. Owned by the destination's executor; the store's answer comes back
 * through it.
 */
final class DispatchMark {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchMark.class);

    private final MessageStore store;
    private final String queueKey;
    private final SerialExecutor executor;
    /** The highest mark known to be on disk. */
    private long confirmed;
    /** The mark being written, 0 when none is. */
    private long inFlight;

    DispatchMark(MessageStore store, String queueKey, SerialExecutor executor, long confirmed) {
        this.store = store;
        this.queueKey = queueKey;
        this.executor = executor;
        this.confirmed = confirmed;
    }

    boolean covers(long storeId) {
        return storeId <= confirmed;
    }

    boolean inFlight() {
        return inFlight != 0;
    }

    /** A mark that rode in a list which is now on disk (a send to a queue whose consumer was waiting). */
    void onConfirmed(long upTo) {
        assert executor.inOwnerThread();
        confirmed = Math.max(confirmed, upTo);
    }

    /**
     * Writes the mark {@code upTo} unless it is covered or another is being written; {@code onRaised} runs on the
     * executor once it is on disk. A failed write is logged and retried on the next dispatch.
     */
    void onRequest(long upTo, Runnable onRaised) {
        assert executor.inOwnerThread();
        if (upTo <= confirmed || inFlight != 0) {
            return;
        }
        inFlight = upTo;
        store.submit(List.of(new StoreOp.MarkDispatched(queueKey, upTo)))
                .whenCompleteAsync((ok, error) -> onWritten(upTo, error, onRaised), executor);
    }

    private void onWritten(long upTo, Throwable error, Runnable onRaised) {
        inFlight = 0;
        if (error != null) {
            LOG.warn("could not write the dispatch mark of {}; its deliveries wait: {}", queueKey, error.toString());
            return;
        }
        confirmed = Math.max(confirmed, upTo);
        onRaised.run();
    }
}
