package dev.petrel.broker.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store of a broker with persistence switched off: every list "commits" at once and nothing is kept, so
 * nothing is recovered. Thread-safe: the id counter is atomic and there is no other state.
 */
public final class NoopMessageStore implements MessageStore {

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final AtomicLong lastStoreId = new AtomicLong();

    @Override
    public CompletableFuture<Void> submit(List<StoreOp> ops) {
        return DONE;
    }

    @Override
    public CompletableFuture<Void> submitLazily(List<StoreOp> ops) {
        return DONE;
    }

    @Override
    public long nextStoreId() {
        return lastStoreId.incrementAndGet();
    }

    @Override
    public RecoveredState recover() {
        return new RecoveredState(List.of(), List.of());
    }

    @Override
    public List<StoredReference> readReferences(String queueKey, long afterStoreId, int maxCount) {
        return List.of();
    }

    @Override
    public List<StoredMessage> loadMessages(String queueKey, List<Long> storeIds) {
        return List.of();
    }

    /** True: callers may skip work whose only purpose is the store. */
    @Override
    public boolean discardsEverything() {
        return true;
    }

    @Override
    public void close() {
        // nothing held
    }
}
