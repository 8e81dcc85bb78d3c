package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongPredicate;

/**
 * A point-to-point queue: each message goes to one of its consumers. Its messages, consumers and timers are
 * owned by its executor.
 */
final class QueueDestination implements Destination {

    private final DestinationRef ref;
    private final String owner;
    private final SerialExecutor executor;
    private final MessageQueue queue;
    private final ScheduledDeliveries scheduled;

    QueueDestination(DestinationRef ref, String owner, Executor pool, BrokerTime time) {
        this.ref = ref;
        this.owner = owner;
        this.executor = new SerialExecutor(ref.toString(), pool);
        this.queue = new MessageQueue(executor, time.clock());
        this.scheduled = new ScheduledDeliveries(executor, time);
    }

    @Override
    public DestinationRef ref() {
        return ref;
    }

    @Override
    public String owner() {
        return owner;
    }

    @Override
    public void sendAll(List<WireMessage> messages, MessageOrigin origin, Runnable onAccepted) {
        executor.execute(() -> {
            onAccept(messages, origin);
            onAccepted.run();
        });
    }

    /** The one place where the queue takes messages (the store will write them here). */
    private void onAccept(List<WireMessage> messages, MessageOrigin origin) {
        assert executor.inOwnerThread();
        List<QueuedMessage> visible = new ArrayList<>(messages.size());
        for (WireMessage message : messages) {
            QueuedMessage m = new QueuedMessage(message, origin);
            if (scheduled.isFuture(message.deliveryTime())) {
                scheduled.onSchedule(message.deliveryTime(), () -> queue.onAdd(m));
            } else {
                visible.add(m);
            }
        }
        if (visible.size() == 1) {
            queue.onAdd(visible.get(0));
        } else if (!visible.isEmpty()) {
            queue.onAddAll(visible);
        }
    }

    @Override
    public RemoteConsumer addConsumer(ConsumerSpec spec) {
        // no-local only applies to topics (Jakarta Messaging 3.1 §8.3.1); a queue consumer gets everything
        RemoteConsumer consumer = new RemoteConsumer(spec, executor, spec.filter(), this::removeConsumer);
        executor.execute(() -> queue.onAddConsumer(consumer));
        return consumer;
    }

    private void removeConsumer(RemoteConsumer consumer, long lastDeliveredId, LongPredicate held, Runnable onRemoved) {
        executor.execute(() -> {
            queue.onRemoveConsumer(consumer, lastDeliveredId, held);
            onRemoved.run();
        });
    }

    @Override
    public RemoteConsumer browse(ConsumerSpec spec) {
        RemoteConsumer browser = new RemoteConsumer(spec, executor, MessageFilter.ALL,
                (consumer, lastDeliveredId, held, onRemoved) -> executor.execute(onRemoved));
        executor.execute(() -> {
            QueueBrowser snapshot = new QueueBrowser(executor, browser, queue.onSnapshot(spec.filter()));
            browser.onAttach(snapshot);
            snapshot.onCreditAdded();
        });
        return browser;
    }

    @Override
    public void delete() {
        executor.execute(() -> {
            queue.onClear();
            scheduled.onClear();
        });
    }

    @Override
    public String toString() {
        return ref.toString();
    }
}
