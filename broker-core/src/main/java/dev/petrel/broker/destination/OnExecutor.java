package dev.petrel.broker.destination;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Runs a management call on the executor that owns the state it reads or changes. Stateless. */
final class OnExecutor {

    private OnExecutor() {
    }

    /** Completes with what {@code task} returns on {@code executor}, or with what it threw. */
    static <T> CompletableFuture<T> call(Executor executor, Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
