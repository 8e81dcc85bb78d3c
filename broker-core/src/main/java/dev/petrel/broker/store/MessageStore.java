package dev.petrel.broker.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The broker's durable state, changed only by committing {@link StoreOp} lists and read back at start.
 *
 * <p>Threads: every method may be called from any thread. Writes are serialized on one writer thread (group
 * commit); reads share one reading connection. The futures of {@link #submit} complete on the writer thread,
 * so dependents must continue on their own executor.
 */
public interface MessageStore extends AutoCloseable {

    /**
     * Commits the ops atomically, together with whatever else is queued (group commit). A replicated or
     * recovered {@link StoreBatch} goes through here too, so every change has one code path.
     *
     * @return completes when the ops are durable, or exceptionally with a {@link StoreException} when none
     *         of them was written; exactly once either way
     */
    CompletableFuture<Void> submit(List<StoreOp> ops);

    /**
     * Like {@link #submit}, for ops that nobody is waiting for, such as the removal of a message its consumer
     * acknowledged without asking for a receipt: they ride with the next commit that someone does wait for, or
     * are committed on their own after a few milliseconds. That saves a log sync per acknowledgement; a crash
     * in between costs a redelivery, which the dispatch mark flags.
     */
    CompletableFuture<Void> submitLazily(List<StoreOp> ops);

    /** A new store id, above every id in the store when it opened; ids increase in the order handed out. */
    long nextStoreId();

    /** Reads the queues, subscriptions and prepared transactions; logs what it found and how long it took. */
    RecoveredState recover();

    /**
     * One page of a queue's or subscription's messages in store-id order, metadata only. Page through a
     * backlog by passing the last id of the previous page.
     *
     * @param afterStoreId only ids above this; 0 from the start
     * @param maxCount     the page size
     */
    List<StoredReference> readReferences(String queueKey, long afterStoreId, int maxCount);

    /**
     * The messages with these ids, in the order asked; ids no longer stored are left out. The queue or
     * subscription they were read from is where a message only it holds is stored.
     */
    List<StoredMessage> loadMessages(String queueKey, List<Long> storeIds);

    /** A cursor over all of a queue's references, reading {@code pageSize} at a time. */
    default ReferenceCursor references(String queueKey, int pageSize) {
        return new ReferenceCursor(this, queueKey, pageSize);
    }

    /** True for the store of a broker without persistence, which keeps nothing: callers may skip store work. */
    default boolean discardsEverything() {
        return false;
    }

    /** Commits what was submitted before, then releases the database. Idempotent. */
    @Override
    void close();
}
