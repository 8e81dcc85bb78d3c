package dev.petrel.broker.destination;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.broker.store.StoredQueue;
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
import java.util.concurrent.CompletableFuture;
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
    private final MessageStore store;
    private final SendSequencer sends;
    private final DestinationSettings settings;
    private final DuplicateDetector duplicates;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Map<RemoteConsumer, Subscription> byConsumer = new IdentityHashMap<>();
    /** Messages published since the broker started (management). */
    private long published;

    /**
     * @param store    where durable subscriptions keep persistent messages
     * @param settings its delivery policy (for every subscription), memory account and dead letters
     */
    TopicDestination(DestinationRef ref, String owner, Executor pool, BrokerTime time, MessageStore store,
            DestinationSettings settings) {
        this.ref = ref;
        this.owner = owner;
        this.executor = new SerialExecutor(ref.toString(), pool);
        this.clock = time.clock();
        this.scheduled = new ScheduledDeliveries(executor, time);
        this.store = store;
        this.sends = new SendSequencer(executor, store);
        this.settings = settings;
        this.duplicates = settings.duplicates();
    }

    @Override
    public MemoryAccount memory() {
        return settings.memory();
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
    public CompletableFuture<Void> sendAll(List<WireMessage> messages, MessageOrigin origin) {
        return sends.send(() -> onStage(messages, origin));
    }

    @Override
    public CompletableFuture<StagedSends> stage(List<WireMessage> messages, MessageOrigin origin) {
        return sends.stage(() -> onStage(messages, origin));
    }

    /**
     * The one place where the topic takes messages: each goes to the subscriptions that exist now and let it in.
     * A persistent one that a durable subscription takes is stored once, with a reference per such
     * subscription; nothing is stored when none takes it. A resent duplicate is left out (still answered OK).
     */
    private StagedSends onStage(List<WireMessage> messages, MessageOrigin origin) {
        assert executor.inOwnerThread();
        published += messages.size();
        List<StoreOp> ops = new ArrayList<>();
        Map<Subscription, List<QueuedMessage>> taken = new LinkedHashMap<>();
        for (WireMessage message : messages) {
            if (!duplicates.onFirstSeen(message, origin)) {
                continue;
            }
            SelectorContext context = SelectorContext.of(message, 1);
            // loops, not streams: this runs for every message published
            List<Subscription> targets = new ArrayList<>(subscriptions.size());
            boolean anyStored = false;
            for (Subscription s : subscriptions) {
                if (s.accepts(context, origin)) {
                    targets.add(s);
                    anyStored |= s.queue.storage().enabled();
                }
            }
            long storeId = message.persistent() && anyStored ? store.nextStoreId() : 0;
            if (storeId != 0) {
                ops.add(new StoreOp.AddMessage(StoreKeys.stored(storeId, message)));
            }
            for (Subscription s : targets) {
                QueueStorage storage = s.queue.storage();
                long ownId = storage.enabled() ? storeId : 0;
                if (ownId != 0) {
                    storage.stage(ownId, ops, s.queue.dispatchesAtOnce());
                }
                taken.computeIfAbsent(s, k -> new ArrayList<>()).add(new QueuedMessage(message, origin, ownId, 0));
            }
        }
        return new StagedSends(ops, executor, () -> taken.forEach((s, added) -> s.queue.onAcceptAll(added)),
                () -> onDiscard(messages, taken));
    }

    /** A send's store list failed: its messages never existed, and a resend is not a duplicate. */
    private void onDiscard(List<WireMessage> messages, Map<Subscription, List<QueuedMessage>> taken) {
        taken.forEach((s, added) -> added.forEach(m -> s.queue.storage().onDiscarded(m.storeId)));
        messages.forEach(m -> duplicates.onForget(m.messageId()));
    }

    @Override
    public RemoteConsumer addConsumer(ConsumerSpec spec) {
        MessageQueue queue = newQueue(QueueStorage.NONE, null);
        Subscription own = Subscription.plain(spec, queue);
        addSubscription(own, false);
        return attach(own, spec, () -> { });
    }

    @Override
    public RemoteConsumer browse(ConsumerSpec spec) {
        throw new BrokerException(ErrorCode.INVALID_DESTINATION, ref + " is a topic; only queues can be browsed");
    }

    /** A new, not yet added subscription of this topic; a durable one is stored once added. */
    Subscription newSubscription(SubscriptionSpec spec, MessageFilter filter) {
        return restoredSubscription(spec, filter, null, PreparedLocks.NONE);
    }

    /** A subscription the store held at start ({@code recovered}), or a new one (null), not yet added. */
    Subscription restoredSubscription(SubscriptionSpec spec, MessageFilter filter, StoredQueue recovered,
            PreparedLocks locks) {
        QueueStorage storage = QueueStorage.NONE;
        if (spec.durable() && !ref.kind().isTemporary()) {
            String key = recovered != null ? recovered.queueKey()
                    : StoreKeys.subscription(spec, store.nextStoreId());
            storage = QueueStorage.of(store, key, executor, recovered, locks, settings.memory());
        }
        MessageQueue queue = newQueue(storage, spec.name());
        queue.counters.restored = recovered == null ? 0 : recovered.messageCount();
        storage.holdLocked(executor, queue);
        return Subscription.named(spec, filter, queue);
    }

    /** The queue of a subscription ({@code name}, or null for a plain subscriber's) with the topic's policy. */
    private MessageQueue newQueue(QueueStorage storage, String name) {
        return new MessageQueue(executor, clock, storage, scheduled, settings.rules(ref, name), settings.memory());
    }

    /** Starts putting published messages into {@code s}; a new durable one is declared in the store. */
    void addSubscription(Subscription s, boolean recovered) {
        executor.execute(() -> {
            subscriptions.add(s);
            QueueStorage storage = s.queue.storage();
            if (recovered) {
                s.queue.onCreditAdded(); // reads the first page of what the store holds
            } else if (storage.enabled()) {
                storage.submit(List.of(new StoreOp.AddSubscription(storage.key(), s.stored(ref))),
                        "declare the subscription");
            }
        });
    }

    /** Deletes {@code s} with its messages, in the store too; it has no consumers. */
    void deleteSubscription(Subscription s) {
        executor.execute(() -> {
            subscriptions.remove(s);
            s.queue.onClear();
            QueueStorage storage = s.queue.storage();
            if (storage.enabled()) {
                storage.submit(List.of(new StoreOp.RemoveQueue(storage.key())), "delete the subscription");
            }
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
                s.queue.onClear();
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
            settings.memory().close();
        });
    }

    /** The owner of this topic's state, for management calls. */
    SerialExecutor executor() {
        return executor;
    }

    /** Its subscriptions; only on its executor. */
    List<Subscription> subscriptions() {
        assert executor.inOwnerThread();
        return subscriptions;
    }

    /** Messages published since the broker started; only on its executor. */
    long publishedCount() {
        assert executor.inOwnerThread();
        return published;
    }

    @Override
    public String toString() {
        return ref.toString();
    }
}
