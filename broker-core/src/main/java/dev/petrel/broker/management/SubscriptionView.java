package dev.petrel.broker.management;

import dev.petrel.broker.destination.QueueStats;
import dev.petrel.broker.destination.SubscriptionControl;
import java.util.Objects;

/** The {@link SubscriptionMXBean} of one durable subscription. Thread-safe (stateless itself). */
final class SubscriptionView implements SubscriptionMXBean {

    private final SubscriptionControl subscription;

    SubscriptionView(SubscriptionControl subscription) {
        this.subscription = subscription;
    }

    private QueueStats stats() {
        return Await.result(subscription.stats(), "reading subscription " + subscription.key());
    }

    @Override
    public String getTopic() {
        return subscription.topic();
    }

    @Override
    public String getClientId() {
        return Objects.requireNonNullElse(subscription.clientId(), "");
    }

    @Override
    public String getSubscriptionName() {
        return subscription.name();
    }

    @Override
    public String getSelector() {
        return Objects.requireNonNullElse(subscription.selector(), "");
    }

    @Override
    public boolean isShared() {
        return subscription.shared();
    }

    @Override
    public long getPendingCount() {
        return stats().depth();
    }

    @Override
    public long getInFlightCount() {
        return stats().inFlight();
    }

    @Override
    public int getActiveConsumerCount() {
        return stats().consumers();
    }

    @Override
    public void remove() {
        Await.call(() -> {
            subscription.remove();
            return null;
        }, "removing subscription " + subscription.key());
    }
}
