package dev.petrel.broker.store;

import java.util.concurrent.TimeUnit;

/** Joining test threads with a bound. */
final class StoreFixtureThreads {

    private StoreFixtureThreads() {
    }

    static void joinUninterruptibly(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while joining " + thread.getName(), e);
        }
        if (thread.isAlive()) {
            throw new AssertionError(thread.getName() + " did not finish within 30 s");
        }
    }
}
