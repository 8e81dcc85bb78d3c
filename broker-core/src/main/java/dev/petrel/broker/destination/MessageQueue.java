package dev.petrel.broker.destination;

import dev.petrel.broker.destination.ConsumerSource.StoreRemoval;
import dev.petrel.broker.store.StoreOp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongPredicate;

/**
 * Pending messages and the consumers they go to: the dispatch core shared by a queue and by each topic
 * subscription. Each message goes to the next consumer, round-robin, that has credit and whose filter
 * matches it; a message no such consumer matches stays for later while the ones behind it move on, so a
 * selector never blocks the queue. Messages of one {@code JMSXGroupID} go to one consumer at a time
 * ({@link MessageGroups}); an exclusive queue gives everything to its oldest consumer ({@link ConsumerSelection}).
 * Expired messages are never delivered, and deliveries that come back follow the delivery policy
 * ({@link Returns}). Owned by the executor of the destination that holds it.
 *
 * <p>After a dispatch round the queue is <em>settled</em>: no waiting message matches any consumer with
 * credit. Until credit, a consumer or a returned message changes that, a new message is only offered on its
 * own instead of rescanning the ones that wait, so a backlog that no selector wants costs nothing per send.
 */
final class MessageQueue implements ConsumerSource {

    private final SerialExecutor executor;
    private final Clock clock;
    private final QueueStorage storage;
    private final ScheduledDeliveries scheduled;
    private final PendingMessages pending = new PendingMessages();
    private final ConsumerSelection consumers;
    private final Returns returns;
    private boolean settled;
    /** Set by an administrator: nothing is dispatched until resumed. */
    private boolean paused;
    final QueueCounters counters = new QueueCounters();

    /**
     * @param storage   what it keeps in the store ({@link QueueStorage#NONE} for nothing)
     * @param scheduled where messages wait for their delivery time (the destination's)
     * @param rules     its delivery policy
     * @param memory    where the bytes it holds in memory are counted (the destination's)
     */
    MessageQueue(SerialExecutor executor, Clock clock, QueueStorage storage, ScheduledDeliveries scheduled,
            DeliveryRules rules, MemoryAccount memory) {
        this.executor = executor;
        this.clock = clock;
        this.storage = storage;
        this.scheduled = scheduled;
        this.consumers = new ConsumerSelection(rules.policy().exclusive());
        this.returns = new Returns(rules, storage, scheduled, memory, counters);
    }

    QueueStorage storage() {
        return storage;
    }

    /** True when a message added now would go straight to a consumer: nothing waits and one has credit. */
    boolean dispatchesAtOnce() {
        return pending.size() == 0 && consumers.anyCredit();
    }

    /**
     * Takes messages just sent, in order, once their store list (if any) is on disk: into memory, to wait for
     * their delivery time, or left in the store for a later page; then dispatches once.
     */
    void onAcceptAll(List<QueuedMessage> messages) {
        assert executor.inOwnerThread();
        counters.enqueued += messages.size();
        List<QueuedMessage> visible = new ArrayList<>(messages.size());
        for (QueuedMessage m : messages) {
            if (!storage.onAccepted(m, pending.size() + visible.size())) {
                continue;
            }
            returns.hold(m);
            if (!scheduledLater(m)) {
                visible.add(m);
            }
        }
        if (visible.size() == 1) {
            onAdd(visible.get(0));
        } else if (!visible.isEmpty()) {
            onAddAll(visible);
        }
    }

    void onAdd(QueuedMessage m) {
        assert executor.inOwnerThread();
        if (m.expiredAt(clock.millis())) {
            returns.expire(List.of(m));
            return;
        }
        if (settled && !paused && storage.mayDispatch(m)) {
            RemoteConsumer consumer = consumers.consumerFor(m);
            if (consumer != null) {
                consumer.onDeliver(m);
                consumer.target().flush();
            } else {
                pending.add(m);
            }
            return;
        }
        pending.add(m);
        settled = false;
        onDispatch();
    }

    /** Adds messages that become visible together (a transaction's sends), then dispatches once. */
    void onAddAll(List<QueuedMessage> messages) {
        assert executor.inOwnerThread();
        messages.forEach(pending::add);
        settled = false;
        onDispatch();
    }

    void onAddConsumer(RemoteConsumer c) {
        assert executor.inOwnerThread();
        consumers.add(c);
        c.onAttach(this);
        onCreditAdded();
    }

    /**
     * Removes a consumer and returns its unacknowledged messages (see {@link #onReturn}), except those
     * {@code held} by a pending transaction, which stay with the consumer until it ends.
     */
    void onRemoveConsumer(RemoteConsumer c, long lastDeliveredId, LongPredicate held) {
        assert executor.inOwnerThread();
        consumers.remove(c);
        c.onRemoved();
        onReturn(c.onTakeBackInFlight(lastDeliveredId, held));
    }

    @Override
    public void onCreditAdded() {
        assert executor.inOwnerThread();
        settled = false;
        onDispatch();
    }

    /**
     * Takes back deliveries: those offered again now go back in front, in their original order; the others wait
     * for their redelivery delay or leave for the dead-letter queue ({@link Returns}).
     */
    @Override
    public void onReturn(List<QueuedMessage> returned) {
        assert executor.inOwnerThread();
        storage.onReturned(returned);
        List<QueuedMessage> now = returns.sort(returned, this::onAdd);
        for (int i = now.size() - 1; i >= 0; i--) {
            pending.addFirst(now.get(i));
        }
        settled = false;
        onDispatch();
    }

    @Override
    public void onReloaded(List<QueuedMessage> reloaded) {
        onPutBack(reloaded);
    }

    /** Puts back waiting messages {@link #onTakeWaiting} took out (a move that failed, ones that stay). */
    void onPutBack(List<QueuedMessage> taken) {
        assert executor.inOwnerThread();
        returns.hold(taken);
        onReturn(taken);
    }

    @Override
    public CompletableFuture<Void> onAcknowledged(List<QueuedMessage> acked, StoreRemoval removal) {
        assert executor.inOwnerThread();
        counters.dequeued += acked.size();
        returns.release(acked);
        CompletableFuture<Void> removed = removal == StoreRemoval.WRITTEN ? CompletableFuture.completedFuture(null)
                : storage.onRemoved(acked, removal == StoreRemoval.AWAITED);
        if (storage.wantsPage(pending.size())) {
            settled = false;
            onDispatch();
        }
        return removed;
    }

    @Override
    public List<StoreOp> removalOps(List<QueuedMessage> messages) {
        return storage.removalOps(messages);
    }

    /**
     * Offers each waiting message, in order, to the consumers until no consumer with credit is left, after
     * paging in from the store when few wait. A stored message not yet covered by the dispatch mark stops the
     * round until the mark is on disk.
     */
    void onDispatch() {
        assert executor.inOwnerThread();
        if (settled || paused) {
            return;
        }
        if (storage.wantsPage(pending.size())) {
            onPageIn();
        }
        List<QueuedMessage> expiredNow = new ArrayList<>();
        settled = consumers.offer(pending, storage, clock.millis(), expiredNow);
        returns.expire(expiredNow);
        onAfterDispatch();
    }

    /** Writes the next dispatch mark ahead of need, and pages in again if consumers emptied memory. */
    private void onAfterDispatch() {
        if (!storage.enabled() || consumers.size() == 0) {
            return;
        }
        storage.requestMarkAhead(pending, this::onMarkRaised);
        if (settled && storage.wantsPage(pending.size())) {
            // read the next page (and write its mark) while the consumers work through what they were given
            settled = false;
            executor.execute(this::onDispatch);
        }
    }

    private void onMarkRaised() {
        assert executor.inOwnerThread();
        settled = false;
        onDispatch();
    }

    /** Reads the next page of the backlog from the store into memory. */
    private void onPageIn() {
        List<QueuedMessage> page = storage.onPage(pending.size());
        returns.hold(page);
        for (QueuedMessage m : page) {
            if (!scheduledLater(m)) {
                pending.add(m);
            }
        }
    }

    /** True when {@code m} must wait for its delivery time: it is added then. */
    private boolean scheduledLater(QueuedMessage m) {
        long deliveryTime = m.message.deliveryTime();
        if (!scheduled.isFuture(deliveryTime)) {
            return false;
        }
        scheduled.onSchedule(deliveryTime, () -> onAdd(m));
        return true;
    }

    /** The waiting messages a browser with {@code filter} sees now, in delivery order, expired ones left out. */
    List<QueuedMessage> onSnapshot(MessageFilter filter) {
        assert executor.inOwnerThread();
        return QueueSnapshot.visible(pending, filter, clock.millis());
    }

    /** Drops every waiting message (the destination or subscription is deleted). */
    void onClear() {
        assert executor.inOwnerThread();
        List<QueuedMessage> dropped = new ArrayList<>();
        pending.forEach(dropped::add);
        returns.release(dropped);
        pending.clear();
    }

    int consumerCount() {
        return consumers.size();
    }

    /** A snapshot of the queue for management. */
    QueueStats onStats() {
        assert executor.inOwnerThread();
        return QueueSnapshot.of(counters, pending, consumers.all(), paused, clock.millis());
    }

    /** Stops (true) or restarts (false) dispatch; messages keep arriving and waiting meanwhile. */
    void onPause(boolean pause) {
        assert executor.inOwnerThread();
        paused = pause;
        settled = false;
        onDispatch();
    }

    /**
     * Takes the waiting messages {@code filter} matches out of the queue, from memory and from store pages while
     * memory has room, for a purge or a move; the caller removes them from the store (or puts them back).
     */
    List<QueuedMessage> onTakeWaiting(MessageFilter filter) {
        assert executor.inOwnerThread();
        List<QueuedMessage> taken = new ArrayList<>();
        QueueSnapshot.takeMatching(pending, filter, taken);
        while (storage.wantsPage(pending.size())) {
            onPageIn();
            QueueSnapshot.takeMatching(pending, filter, taken);
        }
        returns.release(taken);
        return taken;
    }
}
