package dev.petrel.broker.cli;

import dev.petrel.broker.Broker;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps a foreground broker running until the JVM shuts down (Ctrl-C, SIGTERM, {@code System.exit}), closing
 * it cleanly from a shutdown hook. Stateless; the latch is local to one call.
 */
final class JvmShutdown {

    private JvmShutdown() {
    }

    /** Registers a hook that closes {@code broker} and blocks the calling thread until that hook has run. */
    static void closeOnShutdown(Broker broker) {
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.close();
            } finally {
                closed.countDown();
            }
        }, "petrel-shutdown"));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            broker.close();
        }
    }
}
