package dev.petrel.broker.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down guessing: the answer to a failed login is delayed by a time that doubles with each failure in a
 * row from the same remote address ({@code 0, d, 2d, 4d, …} up to a maximum). An address is forgotten after
 * {@link #FORGET_AFTER} without failures. The delay is applied by scheduling the answer, never by blocking.
 * Thread-safe.
 */
public final class LoginThrottle {

    /** How long an address stays remembered after its last failure. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(5);
    private static final int MAX_ADDRESSES = 100_000;

    private record Failures(int count, long lastNanos) {
    }

    private final long baseMs;
    private final long maxMs;
    private final LongSupplier nanoClock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /**
     * @param base      the delay of the second failure in a row
     * @param max       the longest delay
     * @param nanoClock the time, as {@link System#nanoTime()}
     */
    public LoginThrottle(Duration base, Duration max, LongSupplier nanoClock) {
        this.baseMs = base.toMillis();
        this.maxMs = max.toMillis();
        this.nanoClock = nanoClock;
    }

    /** Counts a failed login from {@code address} and returns how long to delay its answer, in ms. */
    public long failed(String address) {
        long now = nanoClock.getAsLong();
        if (failures.size() >= MAX_ADDRESSES) {
            failures.values().removeIf(f -> now - f.lastNanos > FORGET_AFTER.toNanos());
        }
        Failures counted = failures.compute(address, (a, old) -> new Failures(
                old == null || now - old.lastNanos > FORGET_AFTER.toNanos() ? 1 : old.count + 1, now));
        return delayMs(counted.count);
    }

    private long delayMs(int count) {
        if (count <= 1 || baseMs == 0) {
            return 0;
        }
        int doublings = Math.min(count - 2, 30);
        return Math.min(maxMs, baseMs << doublings);
    }
}
