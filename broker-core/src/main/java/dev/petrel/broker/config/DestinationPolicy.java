package dev.petrel.broker.config;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How destinations come into existence and behave: whether the broker creates a destination the first time a
 * client uses one it does not know (as ActiveMQ does; with auto-creation off, using another fails with an error
 * naming it), the broker-wide memory budget and the per-destination {@link DeliveryPolicy delivery policies}.
 *
 * @param autoCreateQueues create unknown queues on first send or receive
 * @param autoCreateTopics create unknown topics on first publish or subscribe
 * @param memory           the broker-wide memory budget for message data
 * @param policies         the {@code <policy>} elements in file order
 */
public record DestinationPolicy(boolean autoCreateQueues, boolean autoCreateTopics, MemoryConfig memory,
        List<DeliveryPolicy> policies) {

    /** More specific first: more literal segments, no {@code >}, more segments, one kind; then file order. */
    private static final Comparator<DeliveryPolicy> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((DeliveryPolicy p) -> -literalSegments(p.match()))
            .thenComparing(p -> p.match().text().endsWith(">"))
            .thenComparingInt(p -> -p.match().text().split("\\.").length)
            .thenComparing(p -> p.scope() == DeliveryPolicy.Scope.BOTH);

    public DestinationPolicy {
        Objects.requireNonNull(memory, "memory");
        policies = List.copyOf(policies);
    }

    /** Auto-creation as given, the default memory budget and no policies. */
    public DestinationPolicy(boolean autoCreateQueues, boolean autoCreateTopics) {
        this(autoCreateQueues, autoCreateTopics, MemoryConfig.defaults(), List.of());
    }

    /** The policy an empty {@code <broker/>} gets; the one place its defaults live. */
    public static DestinationPolicy defaults() {
        return new DestinationPolicy(true, true);
    }

    /** A copy with these delivery policies. */
    public DestinationPolicy withPolicies(List<DeliveryPolicy> newPolicies) {
        return new DestinationPolicy(autoCreateQueues, autoCreateTopics, memory, newPolicies);
    }

    /** A copy with this memory budget. */
    public DestinationPolicy withMemory(MemoryConfig newMemory) {
        return new DestinationPolicy(autoCreateQueues, autoCreateTopics, newMemory, policies);
    }

    /**
     * The policy of the destination {@code name} of that kind: the most specific {@code <policy>} that covers
     * it ({@code orders.eu} beats {@code orders.*} beats {@code orders.>} beats {@code >}; a policy for one
     * kind beats one for both; among equals the first in the file), or {@link DeliveryPolicy#defaults()}.
     */
    public DeliveryPolicy policyFor(String name, boolean queue) {
        return policies.stream().filter(p -> p.covers(name, queue)).min(MOST_SPECIFIC_FIRST)
                .orElseGet(DeliveryPolicy::defaults);
    }

    private static int literalSegments(DestinationPattern pattern) {
        int n = 0;
        for (String segment : pattern.text().split("\\.")) {
            if (!segment.equals("*") && !segment.equals(">")) {
                n++;
            }
        }
        return n;
    }
}
