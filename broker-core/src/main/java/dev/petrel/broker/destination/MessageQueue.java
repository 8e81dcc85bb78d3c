package dev.petrel.broker.destination;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pending messages and the consumers they go to: the dispatch core shared by a queue and by each topic
 * subscription. Dispatch is round-robin over the consumers that have credit, so a slow consumer (no credit)
 * is skipped rather than waited for. Owned by the executor of the destination that holds it.
 */
final class MessageQueue {

    private final SerialExecutor executor;
    private final PendingMessages pending = new PendingMessages();
    private final List<RemoteConsumer> consumers = new ArrayList<>();
    private int nextConsumer;

    MessageQueue(SerialExecutor executor) {
        this.executor = executor;
    }

    void onAdd(QueuedMessage m) {
        assert executor.inOwnerThread();
        pending.add(m);
        onDispatch();
    }

    void onAddConsumer(RemoteConsumer c) {
        assert executor.inOwnerThread();
        consumers.add(c);
        c.onAttach(this);
        onDispatch();
    }

    /** Removes a consumer and puts its unacknowledged messages back in front, in their original order. */
    void onRemoveConsumer(RemoteConsumer c, long lastDeliveredId) {
        assert executor.inOwnerThread();
        consumers.remove(c);
        List<QueuedMessage> returned = c.onTakeBackInFlight(lastDeliveredId);
        for (int i = returned.size() - 1; i >= 0; i--) {
            pending.addFirst(returned.get(i));
        }
        onDispatch();
    }

    /** Delivers waiting messages to consumers with credit until one of the two runs out. */
    void onDispatch() {
        assert executor.inOwnerThread();
        Map<DeliveryTarget, Boolean> written = new IdentityHashMap<>();
        QueuedMessage next;
        while ((next = pending.peek()) != null) {
            RemoteConsumer consumer = nextConsumerWithCredit();
            if (consumer == null) {
                break;
            }
            pending.poll();
            consumer.onDeliver(next);
            written.put(consumer.target(), Boolean.TRUE);
        }
        written.keySet().forEach(DeliveryTarget::flush);
    }

    private RemoteConsumer nextConsumerWithCredit() {
        int n = consumers.size();
        for (int i = 0; i < n; i++) {
            RemoteConsumer c = consumers.get((nextConsumer + i) % n);
            if (c.hasCredit()) {
                nextConsumer = (nextConsumer + i + 1) % n;
                return c;
            }
        }
        return null;
    }

    int pendingCount() {
        return pending.size();
    }

    int consumerCount() {
        return consumers.size();
    }
}
