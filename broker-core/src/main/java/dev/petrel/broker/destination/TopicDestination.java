package dev.petrel.broker.destination;

import dev.petrel.broker.BrokerException;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.WireMessage;
import dev.petrel.selector.SelectorContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongPredicate;

/**
 * A publish/subscribe topic: each message goes to every subscription that exists when it is published and
 * whose selector and no-local rule let it in. A message with a future delivery time goes to the same
 * subscriptions, but only at that time. All subscriptions share the topic's executor, which owns them, the
 * consumers' state and the timers; a message is fanned out in one task.
 */
final class TopicDestination implements Destination {

    private final DestinationRef ref;
    private final String owner;
    private final SerialExecutor executor;
    private final Clock clock;
    private final ScheduledDeliveries scheduled;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Map<RemoteConsumer, Subscription> byConsumer = new IdentityHashMap<>();

    TopicDestination(DestinationRef ref, String owner, Executor pool, BrokerTime time) {
        this.ref = ref;
        this.owner = owner;
        this.executor = new SerialExecutor(ref.toString(), pool);
        this.clock = time.clock();
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

    /** The one place where the topic takes messages (the store will write them here). */
    private void onAccept(List<WireMessage> messages, MessageOrigin origin) {
        assert executor.inOwnerThread();
        Map<Subscription, List<QueuedMessage>> visible = new LinkedHashMap<>();
        for (WireMessage message : messages) {
            SelectorContext context = SelectorContext.of(message, 1);
            List<Subscription> targets = subscriptions.stream().filter(s -> s.accepts(context, origin)).toList();
            if (scheduled.isFuture(message.deliveryTime())) {
                scheduled.onSchedule(message.deliveryTime(),
                        () -> targets.forEach(s -> s.queue.onAdd(new QueuedMessage(message, origin))));
            } else {
                targets.forEach(s -> visible.computeIfAbsent(s, k -> new ArrayList<>(messages.size()))
                        .add(new QueuedMessage(message, origin)));
            }
        }
        visible.forEach((subscription, added) -> {
            if (added.size() == 1) {
                subscription.queue.onAdd(added.get(0));
            } else {
                subscription.queue.onAddAll(added);
            }
        });
    }

    @Override
    public RemoteConsumer addConsumer(ConsumerSpec spec) {
        Subscription own = Subscription.plain(spec, new MessageQueue(executor, clock));
        addSubscription(own);
        return attach(own, spec, () -> { });
    }

    @Override
    public RemoteConsumer browse(ConsumerSpec spec) {
        throw new BrokerException(ErrorCode.INVALID_DESTINATION, ref + " is a topic; only queues can be browsed");
    }

    /** A new, not yet added subscription of this topic. */
    Subscription newSubscription(SubscriptionSpec spec, MessageFilter filter) {
        return Subscription.named(spec, filter, new MessageQueue(executor, clock));
    }

    /** Starts putting published messages into {@code s}. */
    void addSubscription(Subscription s) {
        executor.execute(() -> subscriptions.add(s));
    }

    /** Deletes {@code s} with its messages; it has no consumers. */
    void deleteSubscription(Subscription s) {
        executor.execute(() -> {
            subscriptions.remove(s);
            s.queue.onClear();
        });
    }

    /**
     * Adds a consumer to a subscription of this topic; {@code onClose} runs on the closing thread when the
     * consumer is closed, before it leaves the subscription.
     */
    RemoteConsumer attach(Subscription s, ConsumerSpec spec, Runnable onClose) {
        RemoteConsumer consumer = new RemoteConsumer(spec, executor, MessageFilter.ALL,
                (c, lastDeliveredId, held, onRemoved) -> {
                    onClose.run();
                    removeConsumer(c, lastDeliveredId, held, onRemoved);
                });
        executor.execute(() -> {
            byConsumer.put(consumer, s);
            s.queue.onAddConsumer(consumer);
        });
        return consumer;
    }

    private void removeConsumer(RemoteConsumer consumer, long lastDeliveredId, LongPredicate held, Runnable onRemoved) {
        executor.execute(() -> {
            Subscription s = byConsumer.remove(consumer);
            s.queue.onRemoveConsumer(consumer, lastDeliveredId, held);
            if (!s.durable() && s.queue.consumerCount() == 0) {
                // a non-durable subscription ends with its last consumer; its messages go with it
                subscriptions.remove(s);
            }
            onRemoved.run();
        });
    }

    @Override
    public void delete() {
        executor.execute(() -> {
            subscriptions.forEach(s -> s.queue.onClear());
            subscriptions.clear();
            scheduled.onClear();
        });
    }

    @Override
    public String toString() {
        return ref.toString();
    }
}
