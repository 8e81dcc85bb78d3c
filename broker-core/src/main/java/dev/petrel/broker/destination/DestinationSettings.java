package dev.petrel.broker.destination;

import dev.petrel.broker.config.DeliveryPolicy;
import dev.petrel.protocol.DestinationRef;

/**
 * What one destination gets from the broker's configuration: its delivery policy, the account of the message
 * bytes it holds in memory, and where its dead and expired messages go. Immutable; the account is thread-safe.
 *
 * @param policy      the most specific {@code <policy>} for it (or the defaults)
 * @param memory      its memory account, against its own limit and the broker's
 * @param deadLetters the broker's mover of dead-letter and expiry copies
 */
record DestinationSettings(DeliveryPolicy policy, MemoryAccount memory, DeadLetters deadLetters) {

    /** The rules of one of its queues: the destination's own, or a topic subscription's ({@code subscription}). */
    DeliveryRules rules(DestinationRef destination, String subscription) {
        return new DeliveryRules(policy, destination, subscription, deadLetters);
    }

    /** A new duplicate detector with the policy's window. */
    DuplicateDetector duplicates() {
        return new DuplicateDetector(policy.duplicateWindow());
    }
}
