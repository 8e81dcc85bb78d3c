package dev.petrel.broker.store;

import java.util.Objects;

/**
 * What defines a durable subscription, as recovery must rebuild it.
 *
 * @param topic    the topic it subscribes to
 * @param clientId the client identifier it belongs to, or null for a shared subscription without one
 * @param name     the subscription name the application chose
 * @param selector the message selector, or null for none
 * @param noLocal  whether messages sent on the subscriber's own connection are skipped
 */
public record StoredSubscription(String topic, String clientId, String name, String selector, boolean noLocal) {

    public StoredSubscription {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(name, "name");
    }
}
