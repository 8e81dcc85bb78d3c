package dev.petrel.broker.destination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Pending messages and the consumers they go to: the dispatch core shared by a queue and by each topic
 * subscription. Each message goes to the next consumer, round-robin, that has credit and whose filter
 * matches it; a message no such consumer matches stays for later while the ones behind it move on, so a
 * selector never blocks the queue. Expired messages are dropped, never delivered. Owned by the executor of
 * the destination that holds it.
 *
 * <p>After a dispatch round the queue is <em>settled</em>: no waiting message matches any consumer with
 * credit. Until credit, a consumer or a returned message changes that, a new message is only offered on its
 * own instead of rescanning the ones that wait, so a backlog that no selector wants costs nothing per send.
 */
final class MessageQueue implements ConsumerSource {

    private final SerialExecutor executor;
    private final Clock clock;
    private final PendingMessages pending = new PendingMessages();
    private final List<RemoteConsumer> consumers = new ArrayList<>();
    private int nextConsumer;
    private boolean settled;
    private long expired;

    MessageQueue(SerialExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    void onAdd(QueuedMessage m) {
        assert executor.inOwnerThread();
        if (m.expiredAt(clock.millis())) {
            expired++;
            return;
        }
        if (settled) {
            RemoteConsumer consumer = consumerFor(m);
            if (consumer != null) {
                consumer.onDeliver(m);
                consumer.target().flush();
            } else {
                pending.add(m);
            }
            return;
        }
        pending.add(m);
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
     * Removes a consumer and puts its unacknowledged messages back in front, in their original order, except
     * those {@code held} by a pending transaction, which stay with the consumer until it ends.
     */
    void onRemoveConsumer(RemoteConsumer c, long lastDeliveredId, LongPredicate held) {
        assert executor.inOwnerThread();
        consumers.remove(c);
        onReturn(c.onTakeBackInFlight(lastDeliveredId, held));
    }

    @Override
    public void onCreditAdded() {
        assert executor.inOwnerThread();
        settled = false;
        onDispatch();
    }

    @Override
    public void onReturn(List<QueuedMessage> returned) {
        assert executor.inOwnerThread();
        for (int i = returned.size() - 1; i >= 0; i--) {
            pending.addFirst(returned.get(i));
        }
        settled = false;
        onDispatch();
    }

    /** Offers each waiting message, in order, to the consumers until no consumer with credit is left. */
    void onDispatch() {
        assert executor.inOwnerThread();
        if (settled) {
            return;
        }
        Map<DeliveryTarget, Boolean> written = new IdentityHashMap<>();
        long now = clock.millis();
        for (Iterator<QueuedMessage> it = pending.iterator(); it.hasNext(); ) {
            QueuedMessage m = it.next();
            if (m.expiredAt(now)) {
                it.remove();
                expired++;
                continue;
            }
            RemoteConsumer consumer = consumerFor(m);
            if (consumer != null) {
                it.remove();
                consumer.onDeliver(m);
                written.put(consumer.target(), Boolean.TRUE);
            } else if (!anyCredit()) {
                break;
            }
        }
        settled = true;
        written.keySet().forEach(DeliveryTarget::flush);
    }

    /** The next consumer, round-robin, with credit and a filter that takes {@code m}; null if none. */
    private RemoteConsumer consumerFor(QueuedMessage m) {
        int n = consumers.size();
        for (int i = 0; i < n; i++) {
            RemoteConsumer c = consumers.get((nextConsumer + i) % n);
            if (c.hasCredit() && c.takes(m)) {
                nextConsumer = (nextConsumer + i + 1) % n;
                return c;
            }
        }
        return null;
    }

    private boolean anyCredit() {
        for (RemoteConsumer c : consumers) {
            if (c.hasCredit()) {
                return true;
            }
        }
        return false;
    }

    /** The waiting messages a browser with {@code filter} sees now, in delivery order, expired ones left out. */
    List<QueuedMessage> onSnapshot(MessageFilter filter) {
        assert executor.inOwnerThread();
        long now = clock.millis();
        List<QueuedMessage> snapshot = new ArrayList<>();
        for (QueuedMessage m : pending) {
            if (!m.expiredAt(now) && (filter.matchesEverything() || filter.matches(m.context()))) {
                snapshot.add(m);
            }
        }
        return snapshot;
    }

    /** Drops every waiting message (the destination or subscription is deleted). */
    void onClear() {
        assert executor.inOwnerThread();
        pending.clear();
    }

    int pendingCount() {
        return pending.size();
    }

    int consumerCount() {
        return consumers.size();
    }

    /** Messages dropped because they expired before a consumer took them. */
    long expiredCount() {
        return expired;
    }
}
