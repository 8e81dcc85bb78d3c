package dev.petrel.broker.destination;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.store.MessageStore;
import dev.petrel.protocol.ErrorCode;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One destination's sends on their way in: staged on the executor, their store list submitted, and made
 * visible in send order once on disk (a send whose list completed waits for the ones before it). A send with
 * nothing to store, behind nothing, is applied at once, so without persistence nothing changes. Owned by the
 * destination's executor; store futures complete on the writer thread and come back through it.
 *
 * <p>A stored send is accepted (its producer's receipt goes out) as soon as its list is on disk, from the
 * writer thread, without waiting for its turn on the executor: that saves a thread hand-off on the
 * synchronous send's path. Its apply is queued on the executor first, so whatever the producer does next
 * on this destination (browse, consume) is queued behind it and sees the message.
 */
final class SendSequencer {

    private record Step(CompletableFuture<Void> stored, StagedSends staged, CompletableFuture<Void> accepted) {
    }

    private static final CompletableFuture<Void> NOTHING_TO_STORE = CompletableFuture.completedFuture(null);

    private final SerialExecutor executor;
    private final MessageStore store;
    private final Queue<Step> waiting = new ArrayDeque<>();

    SendSequencer(SerialExecutor executor, MessageStore store) {
        this.executor = executor;
        this.store = store;
    }

    /**
     * Stages on the executor, stores, applies in order.
     *
     * @return completes on the executor once the messages are accepted, or exceptionally with a
     *         {@link BrokerException} when the store failed to write them
     */
    CompletableFuture<Void> send(Supplier<StagedSends> stage) {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        executor.execute(() -> {
            StagedSends staged = stage.get();
            CompletableFuture<Void> stored = staged.ops().isEmpty() ? NOTHING_TO_STORE : store.submit(staged.ops());
            onSubmitted(new Step(stored, staged, accepted));
        });
        return accepted;
    }

    /** Stages on the executor without storing: for a transaction, which stores all its destinations at once. */
    CompletableFuture<StagedSends> stage(Supplier<StagedSends> stage) {
        CompletableFuture<StagedSends> staged = new CompletableFuture<>();
        executor.execute(() -> staged.complete(stage.get()));
        return staged;
    }

    private void onSubmitted(Step step) {
        assert executor.inOwnerThread();
        if (waiting.isEmpty() && step.stored.isDone()) {
            run(step);
            return;
        }
        waiting.add(step);
        step.stored.whenComplete((ok, error) -> {
            executor.execute(this::onDrain);
            if (error == null) {
                step.accepted.complete(null);
            }
        });
    }

    private void onDrain() {
        while (!waiting.isEmpty() && waiting.peek().stored.isDone()) {
            run(waiting.poll());
        }
    }

    private static void run(Step step) {
        if (!step.stored.isCompletedExceptionally()) { // asked first: handle() would cost a future per send
            step.staged.onApply();
            step.accepted.complete(null);
        } else {
            Throwable failure = step.stored.handle((ok, error) -> error).join();
            step.staged.onDiscard();
            step.accepted.completeExceptionally(storeFailure(failure));
        }
    }

    /** What a producer is told when its message could not be made durable. */
    static BrokerException storeFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return new BrokerException(ErrorCode.RESOURCE_ALLOCATION, "the broker could not store the message, so it "
                + "was not accepted: " + cause.getMessage());
    }
}
