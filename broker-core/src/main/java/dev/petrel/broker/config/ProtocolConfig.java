package dev.petrel.broker.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and timeouts of the wire protocol, offered to each client in the handshake.
 *
 * @param maxFrameSize     the largest frame, in bytes, the broker accepts; bigger messages are refused
 *                         (the client checks before sending); at least 1 KiB so a handshake fits
 * @param heartbeatTimeout how long a connection may stay silent before it is considered dead; each side
 *                         sends a heartbeat after a third of it; {@link Duration#ZERO} disables heartbeats
 * @param handshakeTimeout how long a new connection has to complete its handshake; must be positive
 */
public record ProtocolConfig(int maxFrameSize, Duration heartbeatTimeout, Duration handshakeTimeout) {

    private static final int MIN_FRAME_SIZE = 1024;

    // The handshake carries timeouts as an int of milliseconds.
    private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    public ProtocolConfig {
        if (maxFrameSize < MIN_FRAME_SIZE) {
            throw new IllegalArgumentException("maxFrameSize must be at least 1KiB, got " + maxFrameSize + " bytes");
        }
        requireTimeout("heartbeatTimeout", heartbeatTimeout);
        requireTimeout("handshakeTimeout", handshakeTimeout);
        if (handshakeTimeout.isZero()) {
            throw new IllegalArgumentException("handshakeTimeout must be positive, got 0");
        }
    }

    /** The protocol settings an empty {@code <broker/>} gets; the one place their defaults live. */
    public static ProtocolConfig defaults() {
        return new ProtocolConfig(100 * 1024 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    private static void requireTimeout(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(field + " must be between 0 and " + MAX_TIMEOUT.toMillis()
                    + "ms, got " + value.toMillis() + "ms");
        }
    }
}
