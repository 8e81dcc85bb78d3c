package dev.petrel.broker.destination;

import java.util.concurrent.CompletableFuture;

/**
 * Management of one durable subscription: what it is, its statistics (on its topic's executor) and removal.
 * Thread-safe.
 */
public final class SubscriptionControl {

    private final TopicDestination topic;
    private final Subscription subscription;
    private final SubscriptionSpec spec;
    private final SubscriptionRegistry registry;

    SubscriptionControl(TopicDestination topic, Subscription subscription, SubscriptionSpec spec,
            SubscriptionRegistry registry) {
        this.topic = topic;
        this.subscription = subscription;
        this.spec = spec;
        this.registry = registry;
    }

    public String topic() {
        return topic.ref().name();
    }

    /** The client ID it belongs to, or null for a shared subscription without one. */
    public String clientId() {
        return spec.clientId();
    }

    public String name() {
        return spec.name();
    }

    /** Its selector, or null. */
    public String selector() {
        return spec.selector();
    }

    public boolean shared() {
        return spec.shared();
    }

    public boolean noLocal() {
        return spec.noLocal();
    }

    /** A name for it unique in the broker: {@code clientId:name}, or {@code :name} without a client ID. */
    public String key() {
        return (spec.clientId() == null ? "" : spec.clientId()) + ":" + spec.name();
    }

    public CompletableFuture<QueueStats> stats() {
        return OnExecutor.call(topic.executor(), subscription.queue::onStats);
    }

    /**
     * Deletes it with its messages.
     *
     * @throws dev.petrel.broker.BrokerException ILLEGAL_STATE while it has an active consumer
     */
    public void remove() {
        registry.unsubscribe(spec.clientId(), spec.name());
    }
}
