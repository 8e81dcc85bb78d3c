package dev.petrel.broker.destination;

import dev.petrel.broker.store.StoreOp;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Messages a destination has taken but not yet made visible: the store ops that make the persistent ones
 * durable (none for non-persistent messages or when nothing wants them stored) and what to do once those ops
 * are on disk, or failed. A local transaction gathers the staged sends of all its destinations into one store
 * list. Immutable; {@link #apply} and {@link #discard} hand their work to the destination's executor, and one
 * of them is called exactly once.
 */
public final class StagedSends {

    private final List<StoreOp> ops;
    private final SerialExecutor executor;
    private final Runnable onApply;
    private final Runnable onDiscard;

    StagedSends(List<StoreOp> ops, SerialExecutor executor, Runnable onApply, Runnable onDiscard) {
        this.ops = ops.isEmpty() ? List.of() : List.copyOf(ops); // a non-persistent send stores nothing: no copy
        this.executor = executor;
        this.onApply = onApply;
        this.onDiscard = onDiscard;
    }

    /** What must be on disk before the messages may be seen. */
    public List<StoreOp> ops() {
        return ops;
    }

    /** The ops are on disk: the messages become visible. Completes on the destination's executor once they are. */
    public CompletableFuture<Void> apply() {
        CompletableFuture<Void> applied = new CompletableFuture<>();
        executor.execute(() -> {
            onApply();
            applied.complete(null);
        });
        return applied;
    }

    /** The ops failed: the messages are forgotten. */
    public void discard() {
        executor.execute(this::onDiscard);
    }

    void onApply() {
        assert executor.inOwnerThread();
        onApply.run();
    }

    void onDiscard() {
        assert executor.inOwnerThread();
        onDiscard.run();
    }
}
