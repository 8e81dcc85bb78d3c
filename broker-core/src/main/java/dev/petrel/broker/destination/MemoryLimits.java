package dev.petrel.broker.destination;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The broker-wide budget of message data held in memory, shared by every destination's {@link MemoryAccount},
 * and the producers waiting for room in it. A destination (or the broker) is <em>full</em> at its limit and has
 * <em>room</em> again only below {@value #LOW_WATER_PERCENT}% of it, so a blocked producer is not woken for
 * every single acknowledgement. Thread-safe: destinations of every executor add and release; the waiters are
 * run on the thread that made room and must only hand work to their own thread.
 */
public final class MemoryLimits {

    /** Below this share of a limit a full destination has room again. */
    static final int LOW_WATER_PERCENT = 80;

    private record Waiter(MemoryAccount account, Runnable onRoom) {
    }

    private final long limit;
    private final AtomicLong used = new AtomicLong();
    private final List<Waiter> waiters = new ArrayList<>();
    private volatile boolean anyWaiting;

    /** @param limit bytes all destinations together may hold */
    public MemoryLimits(long limit) {
        this.limit = limit;
    }

    /** A new account for one destination with its own {@code limit}. */
    public MemoryAccount account(String destination, long destinationLimit) {
        return new MemoryAccount(this, destination, destinationLimit);
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used.get();
    }

    void add(long bytes) {
        used.addAndGet(bytes);
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
        if (anyWaiting) {
            wakeWaiters();
        }
    }

    boolean full() {
        return used.get() >= limit;
    }

    boolean hasRoom() {
        return used.get() < lowWater(limit);
    }

    static long lowWater(long limit) {
        return limit / 100 * LOW_WATER_PERCENT;
    }

    /** Runs {@code onRoom} once {@code account} and the broker both have room (at once if they have now). */
    void whenRoom(MemoryAccount account, Runnable onRoom) {
        synchronized (waiters) {
            waiters.add(new Waiter(account, onRoom));
            anyWaiting = true;
        }
        wakeWaiters();
    }

    private void wakeWaiters() {
        List<Runnable> ready = null; // made only when someone is woken: this runs on every release while anyone waits
        synchronized (waiters) {
            for (int i = 0; i < waiters.size(); ) {
                Waiter w = waiters.get(i);
                if (w.account.hasRoom()) {
                    if (ready == null) {
                        ready = new ArrayList<>();
                    }
                    ready.add(w.onRoom);
                    waiters.remove(i);
                } else {
                    i++;
                }
            }
            anyWaiting = !waiters.isEmpty();
        }
        if (ready != null) {
            ready.forEach(Runnable::run);
        }
    }

    /** Producers waiting for room (for tests and management). */
    public int waiting() {
        synchronized (waiters) {
            return waiters.size();
        }
    }
}
