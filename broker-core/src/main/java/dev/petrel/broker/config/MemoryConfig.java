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

    /**
     * The budget an empty {@code <broker/>} gets; the one place its defaults live. The limit is 512 MiB, or half
     * the JVM's maximum heap when that is smaller, so that a broker given a small heap holds its producers back
     * before the heap runs out instead of after.
     */
    public static MemoryConfig defaults() {
        return forHeap(Runtime.getRuntime().maxMemory());
    }

    /** The defaults in a JVM whose maximum heap is {@code maxHeapBytes}. */
    static MemoryConfig forHeap(long maxHeapBytes) {
        return new MemoryConfig(Math.min(512L << 20, maxHeapBytes / 2), Duration.ofSeconds(30));
    }
}
