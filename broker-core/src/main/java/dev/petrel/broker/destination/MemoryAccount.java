package dev.petrel.broker.destination;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of message data one destination holds in memory ({@code WireMessage.encodedSize()} of each message
 * it holds, once per topic subscription holding it), against its own limit and the broker's
 * {@link MemoryLimits}. Thread-safe: its destination adds and releases on its executor while connections read
 * {@link #isFull()} from their event loops.
 */
public final class MemoryAccount {

    private final MemoryLimits broker;
    private final String destination;
    private final long limit;
    private final AtomicLong used = new AtomicLong();

    MemoryAccount(MemoryLimits broker, String destination, long limit) {
        this.broker = broker;
        this.destination = destination;
        this.limit = limit;
    }

    /** Counts {@code bytes} more held (by its destination, on its executor). */
    public void add(long bytes) {
        used.addAndGet(bytes);
        broker.add(bytes);
    }

    /** Counts {@code bytes} no longer held. */
    public void release(long bytes) {
        used.addAndGet(-bytes);
        broker.release(bytes);
    }

    /** Gives back whatever it still holds (its destination is deleted). */
    void close() {
        long left = used.getAndSet(0);
        if (left != 0) {
            broker.release(left);
        }
    }

    public long used() {
        return used.get();
    }

    public long limit() {
        return limit;
    }

    /** True when this destination or the broker has reached its limit: producers must wait. */
    public boolean isFull() {
        return used.get() >= limit || broker.full();
    }

    /** Bytes that may still come into memory before this destination's or the broker's limit; 0 when full. */
    public long room() {
        return Math.max(0, Math.min(limit - used.get(), broker.limit() - broker.used()));
    }

    /** True when this destination and the broker are both below their low-water marks. */
    public boolean hasRoom() {
        return used.get() < MemoryLimits.lowWater(limit) && broker.hasRoom();
    }

    /**
     * Runs {@code onRoom} once there is room again, on the thread that made it (or at once on this one): it
     * must only hand work to its own thread.
     */
    public void whenRoom(Runnable onRoom) {
        broker.whenRoom(this, onRoom);
    }

    /** Says which limit is reached, for the error a blocked producer finally gets. */
    public String describeFull() {
        if (used.get() >= limit) {
            return destination + " holds " + used.get() + " bytes of messages in memory, its memoryLimit of "
                    + limit + " bytes (set by its <policy> in broker.xml)";
        }
        return "the broker holds " + broker.used() + " bytes of messages in memory, its limit of " + broker.limit()
                + " bytes (<memory limit> in broker.xml), while sending to " + destination;
    }

    @Override
    public String toString() {
        return "MemoryAccount[" + destination + " " + used.get() + "/" + limit + "]";
    }
}
