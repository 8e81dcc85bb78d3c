package dev.petrel.broker.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code <policy>} of {@code <destinations>}: how the destinations it matches redeliver, dead-letter,
 * expire, dispatch and hold messages. The most specific matching policy applies whole (see
 * {@link DestinationPolicy#policyFor}); what it does not write comes from {@link #defaults()}, not from a less
 * specific policy. Immutable.
 *
 * @param match                   the destinations it covers ({@code >} for all)
 * @param scope                   queues, topics or both
 * @param maxDeliveries           deliveries (JMSXDeliveryCount) after which a returned message goes to the
 *                                dead-letter queue; 0 for never
 * @param redeliveryDelay         how long a returned message stays invisible before its second delivery
 * @param redeliveryBackoff       multiplies the delay for each further delivery (at least 1.0)
 * @param maxRedeliveryDelay      caps the delay
 * @param deadLetterQueue         where exhausted messages go: a queue name in which {@code {name}} stands for
 *                                the destination's name, or {@code drop}
 * @param deadLetterNonPersistent whether non-persistent messages are dead-lettered and moved to the expiry
 *                                queue too (otherwise they are dropped and counted)
 * @param expiryQueue             where expired messages go: a queue name ({@code {name}} allowed) or
 *                                {@code drop}
 * @param exclusive               deliver to one consumer at a time, the oldest, failing over to the next
 * @param duplicateWindow         how many recent message ids per destination are remembered to drop resends;
 *                                0 turns duplicate detection off
 * @param memoryLimit             bytes of message data the destination may hold in memory
 */
public record DeliveryPolicy(DestinationPattern match, Scope scope, int maxDeliveries, Duration redeliveryDelay,
        double redeliveryBackoff, Duration maxRedeliveryDelay, String deadLetterQueue,
        boolean deadLetterNonPersistent, String expiryQueue, boolean exclusive, int duplicateWindow,
        long memoryLimit) {

    /** What {@link #deadLetterQueue} or {@link #expiryQueue} says to throw messages away instead. */
    public static final String DROP = "drop";

    /** The kinds of destination a policy covers; {@code type} in broker.xml. */
    public enum Scope {
        QUEUES, TOPICS, BOTH;

        /** Parses {@code queue} or {@code topic}. */
        public static Scope parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "queue" -> QUEUES;
                case "topic" -> TOPICS;
                default -> throw new IllegalArgumentException("expected queue or topic (leave type out for both)");
            };
        }

        boolean covers(boolean queue) {
            return this == BOTH || (this == QUEUES) == queue;
        }
    }

    public DeliveryPolicy {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(scope, "scope");
        requireAtLeast("maxDeliveries", maxDeliveries, 0);
        requireNotNegative("redeliveryDelay", redeliveryDelay);
        requireNotNegative("maxRedeliveryDelay", maxRedeliveryDelay);
        if (!(redeliveryBackoff >= 1.0 && redeliveryBackoff <= 1000.0)) {
            throw new IllegalArgumentException("redeliveryBackoff must be between 1.0 (no backoff) and 1000, got "
                    + redeliveryBackoff);
        }
        requireQueueName("deadLetterQueue", deadLetterQueue);
        requireQueueName("expiryQueue", expiryQueue);
        requireAtLeast("duplicateWindow", duplicateWindow, 0);
        if (memoryLimit < 1024) {
            throw new IllegalArgumentException("memoryLimit must be at least 1KiB, got " + memoryLimit + " bytes");
        }
    }

    /** The policy of a destination no {@code <policy>} matches; the one place these defaults live. */
    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(new DestinationPattern(">"), Scope.BOTH, 10, Duration.ZERO, 2.0,
                Duration.ofMinutes(1), "DLQ.{name}", false, "ExpiryQueue", false, 2000, 64L << 20);
    }

    /** Whether it covers the destination {@code name} of that kind. */
    public boolean covers(String name, boolean queue) {
        return scope.covers(queue) && match.matches(name);
    }

    /**
     * How long a message that has had {@code deliveries} deliveries (at least 1) waits before the next:
     * {@code redeliveryDelay × redeliveryBackoff^(deliveries-1)}, at most {@code maxRedeliveryDelay}.
     */
    public long redeliveryDelayMillis(int deliveries) {
        double delay = redeliveryDelay.toMillis() * Math.pow(redeliveryBackoff, Math.max(0, deliveries - 1));
        return (long) Math.min(delay, (double) Math.max(maxRedeliveryDelay.toMillis(), redeliveryDelay.toMillis()));
    }

    /** Whether a message that has had {@code deliveries} deliveries goes to the dead-letter queue. */
    public boolean exhausted(int deliveries) {
        return maxDeliveries > 0 && deliveries >= maxDeliveries;
    }

    /** The dead-letter queue of the destination {@code name}, or null to drop. */
    public String deadLetterQueueFor(String name) {
        return resolve(deadLetterQueue, name);
    }

    /** The expiry queue of the destination {@code name}, or null to drop. */
    public String expiryQueueFor(String name) {
        return resolve(expiryQueue, name);
    }

    private static String resolve(String template, String name) {
        return template.equals(DROP) ? null : template.replace("{name}", name);
    }

    private static void requireQueueName(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || value.chars().anyMatch(c -> c == '*' || c == '>' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException(field + " must be a queue name such as DLQ.{name} or "
                    + "ExpiryQueue (no wildcards or spaces), or drop; got \"" + value + "\"");
        }
    }

    private static void requireAtLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + ", got " + value);
        }
    }

    private static void requireNotNegative(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
    }
}
