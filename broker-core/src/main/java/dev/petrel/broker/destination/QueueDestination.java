package dev.petrel.broker.destination;

import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.broker.store.StoredQueue;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
    private final Clock clock;
    private final MessageQueue queue;
    private final ScheduledDeliveries scheduled;
    private final SendSequencer sends;
    private final MemoryAccount memory;
    private final DuplicateDetector duplicates;

    /**
     * @param store     where its persistent messages go; {@link dev.petrel.broker.store.NoopMessageStore} for a
     *                  temporary queue or a broker without persistence
     * @param recovered what the store held for this queue at start, or null
     * @param locks     its messages that restored prepared XA branches acknowledged
     * @param settings  its delivery policy, memory account and dead letters
     */
    QueueDestination(DestinationRef ref, String owner, Executor pool, BrokerTime time, MessageStore store,
            StoredQueue recovered, PreparedLocks locks, DestinationSettings settings) {
        this.ref = ref;
        this.owner = owner;
        this.executor = new SerialExecutor(ref.toString(), pool);
        this.clock = time.clock();
        this.scheduled = new ScheduledDeliveries(executor, time);
        this.queue = new MessageQueue(executor, time.clock(),
                QueueStorage.of(store, StoreKeys.queue(ref), executor, recovered, locks, settings.memory()), scheduled,
                settings.rules(ref, null), settings.memory());
        this.memory = settings.memory();
        this.duplicates = settings.duplicates();
        queue.storage().holdLocked(executor, queue);
        this.sends = new SendSequencer(executor, store);
        if (recovered != null) {
            queue.counters.restored = recovered.messageCount();
            executor.execute(queue::onCreditAdded); // reads the first page of what the store holds
        }
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

    @Override
    public MemoryAccount memory() {
        return memory;
    }

    /**
     * The one place where the queue takes messages: a resent duplicate is left out (still answered OK);
     * persistent ones get a store id and their store ops, then all are applied once those are on disk.
     */
    private StagedSends onStage(List<WireMessage> messages, MessageOrigin origin) {
        assert executor.inOwnerThread();
        QueueStorage storage = queue.storage();
        List<StoreOp> ops = new ArrayList<>();
        List<QueuedMessage> taken = new ArrayList<>(messages.size());
        for (WireMessage message : messages) {
            if (!duplicates.onFirstSeen(message, origin)) {
                continue;
            }
            long storeId = 0;
            if (message.persistent() && storage.enabled()) {
                storeId = storage.store().nextStoreId();
                ops.add(new StoreOp.AddMessage(StoreKeys.stored(storeId, message)));
                storage.stage(storeId, ops, taken.isEmpty() && queue.dispatchesAtOnce());
            }
            taken.add(new QueuedMessage(message, origin, storeId, 0));
        }
        return new StagedSends(ops, executor, () -> queue.onAcceptAll(taken),
                () -> taken.forEach(m -> {
                    storage.onDiscarded(m.storeId);
                    duplicates.onForget(m.message.messageId());
                }));
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
            QueueBrowser snapshot = new QueueBrowser(executor, browser, queue.onSnapshot(spec.filter()),
                    queue.storage(), spec.filter(), clock);
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
            memory.close();
        });
    }

    /** The owner of this queue's state, for management calls. */
    SerialExecutor executor() {
        return executor;
    }

    MessageQueue queue() {
        return queue;
    }

    @Override
    public String toString() {
        return ref.toString();
    }
}
