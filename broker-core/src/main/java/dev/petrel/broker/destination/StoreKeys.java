package dev.petrel.broker.destination;

import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import dev.petrel.broker.store.StoredMessage;

/**
 * How destinations name what they keep in the store: {@code queue:<name>} for a queue,
 * {@code dsub:<length>:<clientId>:<name>#<n>} for an unshared durable subscription and {@code ssub:…} for a
 * shared one (length -1 and an empty client ID when it has none, so no two subscriptions share a key whatever
 * their names hold). {@code n} is a store id taken when the subscription is created, so a subscription that
 * replaces another of the same name (new selector or topic) never shares its key, whatever order the two
 * topics' store ops reach the writer in. Stateless.
 */
final class StoreKeys {

    private static final String QUEUE = "queue:";
    private static final String UNSHARED = "dsub:";
    private static final String SHARED = "ssub:";

    private StoreKeys() {
    }

    static String queue(DestinationRef ref) {
        return QUEUE + ref.name();
    }

    static String subscription(SubscriptionSpec spec, long incarnation) {
        String clientId = spec.clientId();
        return (spec.shared() ? SHARED : UNSHARED) + (clientId == null ? "-1:" : clientId.length() + ":" + clientId)
                + ":" + spec.name() + "#" + incarnation;
    }

    /** The queue a {@link #queue} key names, or null when the key is not a queue's. */
    static DestinationRef queueOf(String key) {
        return key.startsWith(QUEUE) ? DestinationRef.queue(key.substring(QUEUE.length())) : null;
    }

    /** The kind of durable subscription a {@link #subscription} key names. */
    static ConsumerKind subscriptionKindOf(String key) {
        return key.startsWith(SHARED) ? ConsumerKind.SHARED_DURABLE : ConsumerKind.DURABLE;
    }

    /** The row the store keeps for a message. */
    static StoredMessage stored(long storeId, WireMessage message) {
        return new StoredMessage(storeId, message.destination().toString(), message.priority(), message.expiration(),
                message.deliveryTime(), message.encode());
    }
}
