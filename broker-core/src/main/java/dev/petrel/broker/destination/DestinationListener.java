package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;

/**
 * Told when destinations and durable subscriptions appear and go (management registers and unregisters its
 * MBeans). Called on the thread that made the change, sometimes while the registry holds its lock: an
 * implementation must be quick and must not call back into the registry.
 */
public interface DestinationListener {

    DestinationListener NONE = new DestinationListener() {
    };

    default void queueAdded(QueueControl queue) {
    }

    default void topicAdded(TopicControl topic) {
    }

    /** A temporary destination was deleted. */
    default void destinationRemoved(DestinationRef ref) {
    }

    default void subscriptionAdded(SubscriptionControl subscription) {
    }

    default void subscriptionRemoved(SubscriptionControl subscription) {
    }
}
