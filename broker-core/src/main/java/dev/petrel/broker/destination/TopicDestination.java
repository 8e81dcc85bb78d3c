package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * A publish/subscribe topic: each message goes to every subscription that exists when it is published. A
 * non-durable subscription belongs to one consumer and lives as long as it does. All subscriptions share the
 * topic's executor, so a message is fanned out in one task.
 */
final class TopicDestination implements Destination {

    private final DestinationRef ref;
    private final SerialExecutor executor;
    /** Non-durable subscriptions by their consumer. */
    private final Map<RemoteConsumer, MessageQueue> subscriptions = new IdentityHashMap<>();

    TopicDestination(DestinationRef ref, Executor pool) {
        this.ref = ref;
        this.executor = new SerialExecutor(ref.toString(), pool);
    }

    @Override
    public DestinationRef ref() {
        return ref;
    }

    @Override
    public void send(WireMessage message, String senderConnectionId, Runnable onAccepted) {
        executor.execute(() -> {
            subscriptions.forEach((consumer, subscription) -> {
                if (consumer.acceptsFrom(senderConnectionId)) {
                    subscription.onAdd(new QueuedMessage(message, senderConnectionId));
                }
            });
            onAccepted.run();
        });
    }

    @Override
    public RemoteConsumer addConsumer(long consumerId, DeliveryTarget target, int prefetch, boolean noLocal) {
        RemoteConsumer consumer = new RemoteConsumer(consumerId, target, executor, prefetch, noLocal);
        executor.execute(() -> {
            MessageQueue subscription = new MessageQueue(executor);
            subscriptions.put(consumer, subscription);
            subscription.onAddConsumer(consumer);
        });
        return consumer;
    }

    @Override
    public void removeConsumer(RemoteConsumer consumer, long lastDeliveredId, Runnable onRemoved) {
        executor.execute(() -> {
            // a non-durable subscription ends with its consumer; its messages go with it
            subscriptions.remove(consumer);
            onRemoved.run();
        });
    }

    @Override
    public String toString() {
        return ref.toString();
    }
}
