package dev.petrel.jms.transport;

import io.netty.channel.local.LocalAddress;

/**
 * Starts (on first use) the in-JVM broker that a {@code vm://name} URI names and tells where it listens.
 * The broker module provides the implementation through {@link java.util.ServiceLoader}; the client never
 * depends on the broker.
 */
public interface VmBrokerRegistry {

    /**
     * Returns the local address of the in-JVM broker called {@code name}, starting it if it is not running.
     *
     * @throws IllegalStateException if the broker cannot start, with the reason
     */
    LocalAddress ensureStarted(String name);
}
