package dev.petrel.itests.conformance;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Bounded waits: polls a condition until it holds or the time is up. No sleep is a synchronizer here. */
public final class Await {

    public static final Duration DEFAULT = Duration.ofSeconds(5);

    private Await() {
    }

    /** Waits until {@code condition} holds; fails with an AssertionError after {@code timeout}. */
    public static void until(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.onSpinWait();
            try {
                TimeUnit.MILLISECONDS.sleep(5); // a polling interval, not a synchronizer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }

    public static void until(BooleanSupplier condition) {
        until(condition, DEFAULT);
    }

    /** Waits for the latch; fails after {@link #DEFAULT}. */
    public static void latch(CountDownLatch latch) {
        try {
            if (!latch.await(DEFAULT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("latch still at " + latch.getCount() + " after " + DEFAULT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
