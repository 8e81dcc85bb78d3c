package dev.petrel.broker.destination;

import java.util.Objects;

/**
 * What a client asked for when it opened a consumer, as a destination needs it.
 *
 * @param consumerId the client's id of the consumer
 * @param target     where its deliveries go
 * @param prefetch   its initial credit
 * @param filter     for a queue consumer or a plain topic subscriber, the messages it takes; a shared or durable
 *                   subscription's filter belongs to the subscription instead
 * @param noLocal    for a plain topic subscriber: skip messages of its own connection
 */
public record ConsumerSpec(long consumerId, DeliveryTarget target, int prefetch, MessageFilter filter,
        boolean noLocal) {

    public ConsumerSpec {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(filter, "filter");
    }

    /** A consumer that takes everything. */
    public static ConsumerSpec of(long consumerId, DeliveryTarget target, int prefetch) {
        return new ConsumerSpec(consumerId, target, prefetch, MessageFilter.ALL, false);
    }
}
