package dev.petrel.broker.destination;

import java.util.Objects;

/**
 * The identity of a durable or shared subscription: its name and the client ID it was created with (null for a
 * shared subscription created without one). Jakarta Messaging 3.1 §8.3.
 */
record SubscriptionKey(String clientId, String name) {

    SubscriptionKey {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "subscription '" + name + "' "
                + (clientId == null ? "without client ID" : "of client ID '" + clientId + "'");
    }
}
