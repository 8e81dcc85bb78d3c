package dev.petrel.broker.destination;

import dev.petrel.protocol.CreateConsumer.ConsumerKind;

/**
 * What a client asked for when it opened a consumer on a durable or shared subscription.
 *
 * @param kind     {@link ConsumerKind#DURABLE}, {@link ConsumerKind#SHARED} or {@link ConsumerKind#SHARED_DURABLE}
 * @param clientId the connection's client ID, or null when it has none
 * @param name     the subscription name
 * @param selector the selector text (null or blank for none); subscriptions compare it as text
 * @param noLocal  for an unshared durable subscription: leave out messages of connections with its client ID
 */
public record SubscriptionSpec(ConsumerKind kind, String clientId, String name, String selector, boolean noLocal) {

    public SubscriptionSpec {
        if (kind != ConsumerKind.DURABLE && kind != ConsumerKind.SHARED && kind != ConsumerKind.SHARED_DURABLE) {
            throw new IllegalArgumentException(kind + " is not a subscription kind");
        }
        selector = selector == null || selector.isBlank() ? null : selector;
        // only unshared durable subscriptions have a no-local option (Session.createSharedConsumer has none)
        noLocal = noLocal && kind == ConsumerKind.DURABLE;
    }

    boolean durable() {
        return kind != ConsumerKind.SHARED;
    }

    boolean shared() {
        return kind != ConsumerKind.DURABLE;
    }

    SubscriptionKey key() {
        return new SubscriptionKey(clientId, name);
    }
}
