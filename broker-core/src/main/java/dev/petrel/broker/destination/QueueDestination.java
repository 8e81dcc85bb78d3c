package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.util.concurrent.Executor;

/** A point-to-point queue: each message goes to one of its consumers. */
final class QueueDestination implements Destination {

    private final DestinationRef ref;
    private final SerialExecutor executor;
    private final MessageQueue queue;

    QueueDestination(DestinationRef ref, Executor pool) {
        this.ref = ref;
        this.executor = new SerialExecutor(ref.toString(), pool);
        this.queue = new MessageQueue(executor);
    }

    @Override
    public DestinationRef ref() {
        return ref;
    }

    @Override
    public void send(WireMessage message, String senderConnectionId, Runnable onAccepted) {
        executor.execute(() -> {
            queue.onAdd(new QueuedMessage(message, senderConnectionId));
            onAccepted.run();
        });
    }

    @Override
    public RemoteConsumer addConsumer(long consumerId, DeliveryTarget target, int prefetch, boolean noLocal) {
        // no-local only applies to topics (Jakarta Messaging 3.1 §8.3.1); a queue consumer gets everything
        RemoteConsumer consumer = new RemoteConsumer(consumerId, target, executor, prefetch, false);
        executor.execute(() -> queue.onAddConsumer(consumer));
        return consumer;
    }

    @Override
    public void removeConsumer(RemoteConsumer consumer, long lastDeliveredId, Runnable onRemoved) {
        executor.execute(() -> {
            queue.onRemoveConsumer(consumer, lastDeliveredId);
            onRemoved.run();
        });
    }

    @Override
    public String toString() {
        return ref.toString();
    }
}
