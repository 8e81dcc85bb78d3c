package dev.petrel.broker.cli;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds all producers of a run together to {@code --rate} messages per second: each send takes the next free
 * slot on one shared timeline and waits for it. The timeline may lag the clock by at most
 * {@value #MAX_LAG_MILLIS} ms: enough to make up for a park that overslept (at 15k msgs/s one slot is shorter
 * than a park on a busy machine, so without it the rate falls well short), too little for a producer that
 * stalled to burst its missed second at the broker. Thread-safe; a rate of 0 never waits.
 */
final class Pacer {

    private static final long MAX_LAG_MILLIS = 10;

    private final long intervalNanos;
    private final AtomicLong nextSlot = new AtomicLong(Long.MIN_VALUE);

    Pacer(long messagesPerSecond) {
        this.intervalNanos = messagesPerSecond <= 0 ? 0 : Math.max(1, TimeUnit.SECONDS.toNanos(1) / messagesPerSecond);
    }

    /** Waits until this caller may send its next message. */
    void await() {
        if (intervalNanos == 0) {
            return;
        }
        long now = System.nanoTime();
        long slot;
        long previous;
        do {
            previous = nextSlot.get();
            slot = Math.max(previous, now - TimeUnit.MILLISECONDS.toNanos(MAX_LAG_MILLIS));
        } while (!nextSlot.compareAndSet(previous, slot + intervalNanos));
        for (long wait = slot - System.nanoTime(); wait > 0; wait = slot - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
