package dev.petrel.broker.destination;

import dev.petrel.broker.store.StoreOp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored messages that prepared XA branches restored at start acknowledged: each {@link StoreOp.RemoveReference}
 * of a prepared record locks its message in its queue or subscription until the branch completes. A locked
 * message is never paged into memory, so it is not delivered; {@link #release} unlocks it when the branch commits
 * (its reference is gone from the store by then) or rolls back (it is returned to its queue, redelivered).
 *
 * <p>Threads: filled at start before any destination runs; read by destination executors and released from
 * whichever thread completes the branch, hence concurrent.
 */
public final class PreparedLocks {

    /** Locks nothing (a registry without a store, a new queue). */
    static final PreparedLocks NONE = new PreparedLocks();

    private final Map<String, Set<Long>> locked = new ConcurrentHashMap<>();
    /** Per queue key: the queue's pager, told on its executor which of its messages were released. */
    private final Map<String, Holder> holders = new ConcurrentHashMap<>();

    /** What a queue does with its released messages: takes them back ({@code returning}) or forgets them. */
    interface Holder {
        void onReleased(Set<Long> storeIds, boolean returning);
    }

    /** Locks the messages the prepared branches acknowledged. */
    void lockAll(List<StoreOp.PrepareTx> prepared) {
        for (StoreOp.PrepareTx tx : prepared) {
            for (StoreOp op : tx.ops()) {
                if (op instanceof StoreOp.RemoveReference removal) {
                    locked.computeIfAbsent(removal.queueKey(), k -> ConcurrentHashMap.newKeySet())
                            .add(removal.storeId());
                }
            }
        }
    }

    boolean isLocked(String queueKey, long storeId) {
        Set<Long> ids = locked.get(queueKey);
        return ids != null && ids.contains(storeId);
    }

    boolean holdsAny(String queueKey) {
        return locked.containsKey(queueKey);
    }

    /** Who holds the locked messages of {@code queueKey} (called on restore, once per queue). */
    void holder(String queueKey, Holder holder) {
        holders.put(queueKey, holder);
    }

    /**
     * Unlocks the messages a restored branch acknowledged, once its outcome is on disk.
     *
     * @param removals  the branch's {@link StoreOp.RemoveReference} ops (others are ignored)
     * @param returning true at rollback: the messages go back to their queues, marked redelivered; false at
     *                  commit: their references are gone
     */
    public void release(List<StoreOp> removals, boolean returning) {
        Map<String, Set<Long>> byQueue = new ConcurrentHashMap<>();
        for (StoreOp op : removals) {
            if (op instanceof StoreOp.RemoveReference removal) {
                byQueue.computeIfAbsent(removal.queueKey(), k -> ConcurrentHashMap.newKeySet()).add(removal.storeId());
            }
        }
        byQueue.forEach((queueKey, ids) -> {
            locked.computeIfPresent(queueKey, (k, held) -> {
                held.removeAll(ids);
                return held.isEmpty() ? null : held;
            });
            Holder holder = holders.get(queueKey);
            if (holder != null) {
                holder.onReleased(Set.copyOf(ids), returning);
            }
        });
    }
}
