package dev.petrel.broker.server;

import dev.petrel.broker.config.LimitsConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the broker's network connections, in total and per remote address, against {@code <limits
 * maxConnections maxConnectionsPerAddress>}. Thread-safe: called from every IO thread.
 */
final class ConnectionCounter {

    private final int max;
    private final int maxPerAddress;
    private final AtomicInteger total = new AtomicInteger();
    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();

    ConnectionCounter(LimitsConfig limits) {
        this.max = limits.maxConnections();
        this.maxPerAddress = limits.maxConnectionsPerAddress();
    }

    /**
     * Counts a new connection from {@code address}; {@link #closed} must follow when it ends.
     *
     * @return null when it is admitted, else why not (and it is not counted)
     */
    String open(String address) {
        int now = total.incrementAndGet();
        if (max > 0 && now > max) {
            total.decrementAndGet();
            return "the broker has reached its limit of " + max + " connections (<limits maxConnections>); close "
                    + "unused connections or raise the limit in broker.xml";
        }
        int fromAddress = perAddress.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (maxPerAddress > 0 && fromAddress > maxPerAddress) {
            closed(address);
            return "the broker has reached its limit of " + maxPerAddress + " connections from " + address
                    + " (<limits maxConnectionsPerAddress>); close unused connections or raise the limit in "
                    + "broker.xml";
        }
        return null;
    }

    /** Uncounts a connection {@link #open} admitted. */
    void closed(String address) {
        total.decrementAndGet();
        perAddress.computeIfPresent(address, (a, count) -> count.decrementAndGet() == 0 ? null : count);
    }
}
