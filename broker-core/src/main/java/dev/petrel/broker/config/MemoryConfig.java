package dev.petrel.broker.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The broker-wide memory budget for message data ({@code <memory>} inside {@code <destinations>}).
 *
 * @param limit                      bytes of message data all destinations together may hold in memory
 * @param producerFlowControlTimeout how long a producer of non-persistent messages to a full destination is
 *                                   held back before its send fails with a ResourceAllocationException
 */
public record MemoryConfig(long limit, Duration producerFlowControlTimeout) {

    public MemoryConfig {
        if (limit < 1024) {
            throw new IllegalArgumentException("limit must be at least 1KiB, got " + limit + " bytes");
        }
        Objects.requireNonNull(producerFlowControlTimeout, "producerFlowControlTimeout");
        if (producerFlowControlTimeout.isNegative()) {
            throw new IllegalArgumentException("producerFlowControlTimeout must not be negative");
        }
    }

    /** The budget an empty {@code <broker/>} gets; the one place its defaults live. */
    public static MemoryConfig defaults() {
        return new MemoryConfig(512L << 20, Duration.ofSeconds(30));
    }
}
