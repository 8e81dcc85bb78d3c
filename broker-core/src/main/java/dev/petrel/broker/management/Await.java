package dev.petrel.broker.management;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits, bounded, for work an MBean call handed to a destination's executor or a connection's event loop.
 * Failures become {@link IllegalStateException}s or {@link IllegalArgumentException}s with a plain message, the
 * exception classes every JMX client (jconsole too) can read without Petrel's classes. Stateless.
 */
final class Await {

    /** How long an MBean call waits for its destination. */
    static final long TIMEOUT_SECONDS = 30;

    private Await() {
    }

    static <T> T result(CompletableFuture<T> work, String what) {
        try {
            return work.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what);
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + " did not finish within " + TIMEOUT_SECONDS
                    + " s; the destination or connection is busy, try again");
        } catch (ExecutionException e) {
            throw failure(what, e.getCause());
        }
    }

    /** Runs {@code call}, turning its exception into one every JMX client can read. */
    static <T> T call(java.util.function.Supplier<T> call, String what) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw failure(what, e);
        }
    }

    private static RuntimeException failure(String what, Throwable cause) {
        String message = what + " failed: " + cause.getMessage();
        return cause instanceof IllegalArgumentException || cause instanceof dev.petrel.broker.BrokerException
                ? new IllegalArgumentException(message) : new IllegalStateException(message);
    }
}
