package dev.petrel.broker.config;

/**
 * Whether the broker keeps persistent messages in its store under the data directory, so that they survive a
 * crash and a restart. Off, every message lives in memory only and nothing is recovered at start (what
 * {@code vm://} brokers started on first use do).
 *
 * @param enabled keep persistent messages, queues and durable subscriptions in the store
 */
public record PersistenceConfig(boolean enabled) {

    /** The setting an empty {@code <broker/>} gets; the one place its default lives. */
    public static PersistenceConfig defaults() {
        return new PersistenceConfig(true);
    }
}
