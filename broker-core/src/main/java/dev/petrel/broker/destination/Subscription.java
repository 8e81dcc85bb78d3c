package dev.petrel.broker.destination;

import dev.petrel.broker.store.StoredSubscription;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.selector.SelectorContext;
import java.util.Objects;

/**
 * One subscription of a topic: the messages published to it since it was created that its selector and
 * no-local rule let in, and the consumers they go to. A plain subscriber has one of its own; a durable or
 * shared subscription is named and found through the {@link SubscriptionRegistry}. The fields are immutable;
 * the message queue is owned by the topic's executor.
 */
final class Subscription {

    /** Null for a plain subscriber's own subscription. */
    private final SubscriptionSpec spec;
    private final MessageFilter filter;
    /** Whose messages a no-local subscription leaves out: a connection id (plain) or a client ID (durable). */
    private final String localConnectionId;
    private final String localClientId;
    final MessageQueue queue;

    private Subscription(SubscriptionSpec spec, MessageFilter filter, String localConnectionId, String localClientId,
            MessageQueue queue) {
        this.spec = spec;
        this.filter = filter;
        this.localConnectionId = localConnectionId;
        this.localClientId = localClientId;
        this.queue = queue;
    }

    /** A plain subscriber's subscription; it ends with its consumer. */
    static Subscription plain(ConsumerSpec consumer, MessageQueue queue) {
        return new Subscription(null, consumer.filter(),
                consumer.noLocal() ? consumer.target().connectionId() : null, null, queue);
    }

    /** A durable or shared subscription. */
    static Subscription named(SubscriptionSpec spec, MessageFilter filter, MessageQueue queue) {
        return new Subscription(spec, filter, null, spec.noLocal() ? spec.clientId() : null, queue);
    }

    /** Whether a message published now goes into this subscription. */
    boolean accepts(SelectorContext message, MessageOrigin origin) {
        if (localConnectionId != null && localConnectionId.equals(origin.connectionId())) {
            return false;
        }
        if (localClientId != null && localClientId.equals(origin.clientId())) {
            return false;
        }
        return filter.matchesEverything() || filter.matches(message);
    }

    /** A durable subscription outlives its consumers; the others end with their last one. */
    boolean durable() {
        return spec != null && spec.durable();
    }

    /** What the store keeps of this durable subscription of {@code topic}. */
    StoredSubscription stored(DestinationRef topic) {
        return new StoredSubscription(topic.name(), spec.clientId(), spec.name(), spec.selector(), spec.noLocal());
    }

    /** Whether a request for an existing subscription asks for the same one (selector and no-local as text). */
    boolean sameAs(SubscriptionSpec other) {
        return Objects.equals(spec.selector(), other.selector()) && spec.noLocal() == other.noLocal();
    }
}
