package dev.petrel.broker.config;

/**
 * The {@code <limits>} section: how much one client may take of the broker. 0 means no limit. A connection
 * beyond a connection limit is refused in the handshake; a producer or consumer beyond its limit is refused
 * and the connection stays open. In-JVM ({@code vm://}) connections do not count.
 *
 * @param maxConnections            client connections over all network acceptors
 * @param maxConnectionsPerAddress  client connections from one remote IP address
 * @param maxProducersPerConnection producers open at once on one connection
 * @param maxConsumersPerConnection consumers (browsers included) open at once on one connection
 */
public record LimitsConfig(int maxConnections, int maxConnectionsPerAddress, int maxProducersPerConnection,
        int maxConsumersPerConnection) {

    public LimitsConfig {
        requireNotNegative("maxConnections", maxConnections);
        requireNotNegative("maxConnectionsPerAddress", maxConnectionsPerAddress);
        requireNotNegative("maxProducersPerConnection", maxProducersPerConnection);
        requireNotNegative("maxConsumersPerConnection", maxConsumersPerConnection);
    }

    /** The limits an empty {@code <broker/>} gets; the one place their defaults live. */
    public static LimitsConfig defaults() {
        return new LimitsConfig(10_000, 0, 10_000, 10_000);
    }

    /** Parses a limit: a whole number, 0 for none. */
    static int parseLimit(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a whole number, 0 for no limit");
    }

    private static void requireNotNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be 0 (no limit) or more, got " + value);
        }
    }
}
