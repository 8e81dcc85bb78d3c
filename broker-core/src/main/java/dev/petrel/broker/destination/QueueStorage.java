package dev.petrel.broker.destination;

import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.broker.store.StoredQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one {@link MessageQueue} keeps in the store: its key, the references of its persistent messages (added
 * by the destination's send, removed here on acknowledgement or expiry), their delivery counts, its
 * {@link DispatchMark} and its {@link QueuePager}. A queue that is not stored (temporary destinations,
 * non-durable subscriptions, a broker without persistence) has {@link #NONE}, which does nothing. Owned by the
 * destination's executor; removals are submitted without waiting (the group commit batches them).
 */
final class QueueStorage {

    /** For queues whose messages are never stored. */
    static final QueueStorage NONE = new QueueStorage(null, null, null, null, null);

    /** Messages one dispatch mark covers at most: the next ones waiting when it is written. */
    static final int MARK_WINDOW = QueuePager.BUDGET;

    private static final Logger LOG = LoggerFactory.getLogger(QueueStorage.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final MessageStore store;
    private final String queueKey;
    private final DispatchMark mark;
    private final QueuePager pager;
    /**
     * Store ids whose send list also raises the mark (the queue had a consumer waiting), with the mark it
     * raises: {@link #MARK_WINDOW} ids beyond the message, so the sends after it need no mark op of their own.
     */
    private final Map<Long, Long> ridingMarks;
    /** The highest mark a send list not yet on disk raises; 0 when none. */
    private long ridingUpTo;

    private QueueStorage(MessageStore store, String queueKey, DispatchMark mark, QueuePager pager,
            Map<Long, Long> ridingMarks) {
        this.store = store;
        this.queueKey = queueKey;
        this.mark = mark;
        this.pager = pager;
        this.ridingMarks = ridingMarks;
    }

    /**
     * The storage of a queue or durable subscription.
     *
     * @param recovered what the store held for it at start, or null for a new one
     * @param locks     its messages that restored prepared XA branches acknowledged
     * @param memory    what its destination holds in memory: it pages in no more than that has room for
     */
    static QueueStorage of(MessageStore store, String queueKey, SerialExecutor executor, StoredQueue recovered,
            PreparedLocks locks, MemoryAccount memory) {
        if (store.discardsEverything()) {
            return NONE;
        }
        long dispatchedUpTo = recovered == null ? 0 : recovered.dispatchedUpTo();
        boolean held = recovered != null && recovered.messageCount() > 0;
        return new QueueStorage(store, queueKey, new DispatchMark(store, queueKey, executor, dispatchedUpTo),
                new QueuePager(store, queueKey, held, locks, memory), new HashMap<>());
    }

    boolean enabled() {
        return store != null;
    }

    String key() {
        return queueKey;
    }

    MessageStore store() {
        return store;
    }

    /**
     * Adds this queue's part of a send to {@code ops}: the reference, and, when the message will be dispatched
     * as soon as it is accepted ({@code dispatchAtOnce}) and no mark on disk or on its way covers it, a mark
     * {@link #MARK_WINDOW} ids ahead, so that costs no second commit and the next sends no mark op at all.
     * (After a crash, messages under that mark that were never dispatched are flagged redelivered too: "may
     * have been delivered".)
     */
    void stage(long storeId, List<StoreOp> ops, boolean dispatchAtOnce) {
        ops.add(new StoreOp.AddReference(storeId, queueKey));
        if (dispatchAtOnce && storeId > ridingUpTo && !mark.covers(storeId)) {
            long upTo = storeId + MARK_WINDOW;
            ops.add(new StoreOp.MarkDispatched(queueKey, upTo));
            ridingMarks.put(storeId, upTo);
            ridingUpTo = upTo;
        }
        pager.onStaged(storeId);
    }

    /** The send's list failed: the message never existed, nor the mark it carried. */
    void onDiscarded(long storeId) {
        if (ridingMarks.remove(storeId) != null) {
            ridingUpTo = ridingMarks.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
        pager.onDiscarded(storeId);
    }

    /** A send's list is on disk: true when the message goes into memory now (see {@link QueuePager#onAccepted}). */
    boolean onAccepted(QueuedMessage m, int waiting) {
        if (!m.stored()) {
            return true;
        }
        Long upTo = ridingMarks.remove(m.storeId);
        if (upTo != null) {
            mark.onConfirmed(upTo);
            if (ridingMarks.isEmpty()) {
                ridingUpTo = 0;
            }
        }
        return pager.onAccepted(m.storeId, waiting);
    }

    /** Whether {@code m} may go to a consumer: not stored, or covered by a mark on disk. */
    boolean mayDispatch(QueuedMessage m) {
        return !m.stored() || mark.covers(m.storeId);
    }

    /** Writes the mark {@code upTo} if it is needed and none is being written; see {@link DispatchMark}. */
    void requestMark(long upTo, Runnable onRaised) {
        if (enabled() && !mark.inFlight() && !mark.covers(upTo)) {
            mark.onRequest(upTo, onRaised);
        }
    }

    /**
     * Writes, ahead of need, the mark covering the next {@link #MARK_WINDOW} messages {@code waiting}, if needed;
     * {@code onRaised} runs on the executor once it is on disk.
     */
    void requestMarkAhead(Iterable<QueuedMessage> waiting, Runnable onRaised) {
        long upTo = 0;
        int seen = 0;
        for (Iterator<QueuedMessage> it = waiting.iterator(); it.hasNext() && seen < MARK_WINDOW; seen++) {
            upTo = Math.max(upTo, it.next().storeId);
        }
        if (upTo > 0) {
            requestMark(upTo, onRaised);
        }
    }

    /** Where the messages in memory end, or -1 when there are none only in the store; see {@link QueuePager}. */
    long storedBeyond() {
        return enabled() ? pager.storedBeyond() : -1;
    }

    /** For a browser: stored messages after {@code afterStoreId}; see {@link QueuePager#browse}. */
    QueuePager.BrowsePage browse(long afterStoreId, int max) {
        return pager.browse(afterStoreId, max);
    }

    /** Where its messages locked by restored prepared XA branches go back to if a branch rolls back. */
    void holdLocked(SerialExecutor executor, ConsumerSource queue) {
        if (enabled()) {
            pager.holdLocked(executor, queue);
        }
    }

    boolean wantsPage(int waiting) {
        return enabled() && pager.wantsPage(waiting);
    }

    /** The next page of waiting messages from the store. */
    List<QueuedMessage> onPage(int waiting) {
        return pager.onPage(waiting);
    }

    /** The ops that take these messages off the queue in the store. */
    List<StoreOp> removalOps(Collection<QueuedMessage> messages) {
        if (!enabled()) {
            return List.of();
        }
        List<StoreOp> ops = new ArrayList<>(messages.size());
        for (QueuedMessage m : messages) {
            if (m.stored()) {
                ops.add(new StoreOp.RemoveReference(m.storeId, queueKey));
            }
        }
        return ops;
    }

    /**
     * Acknowledged or expired: takes them off the queue in the store. Nothing waits for it here; the returned
     * future completes once it is on disk (what a client's confirmed acknowledgement waits for).
     *
     * @param awaited whether someone waits for the future; if not, the removal may ride with a later commit
     */
    CompletableFuture<Void> onRemoved(Collection<QueuedMessage> messages, boolean awaited) {
        List<StoreOp> ops = removalOps(messages);
        if (ops.isEmpty()) {
            return DONE;
        }
        return logFailure(awaited ? store.submit(ops) : store.submitLazily(ops), ops.size(),
                "remove acknowledged or expired messages");
    }

    /** Returned to the queue (rollback, recover, consumer closed): their delivery counts survive a restart. */
    void onReturned(Collection<QueuedMessage> messages) {
        if (!enabled()) {
            return;
        }
        List<StoreOp> ops = new ArrayList<>();
        for (QueuedMessage m : messages) {
            if (m.stored() && m.deliveryCount() > 0) {
                ops.add(new StoreOp.UpdateDeliveryCount(m.storeId, queueKey, m.deliveryCount()));
            }
        }
        submit(ops, "record delivery counts");
    }

    /**
     * Submits without waiting; a failure is logged with what was meant. The future completes (normally, even
     * then) once the ops are on disk or failed.
     */
    CompletableFuture<Void> submit(List<StoreOp> ops, String what) {
        if (ops.isEmpty()) {
            return DONE;
        }
        return logFailure(store.submit(ops), ops.size(), what);
    }

    private CompletableFuture<Void> logFailure(CompletableFuture<Void> written, int ops, String what) {
        return written.handle((ok, error) -> {
            if (error != null) {
                LOG.warn("{}: could not {} ({} ops): {}", queueKey, what, ops, error.toString());
            }
            return null;
        });
    }
}
