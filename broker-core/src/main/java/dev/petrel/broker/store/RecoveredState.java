package dev.petrel.broker.store;

import java.util.List;

/**
 * The small part of the store the broker rebuilds in memory at start: every queue and durable subscription
 * and every prepared transaction branch. Messages are not here; they are paged per queue with
 * {@link MessageStore#readReferences}.
 *
 * @param queues               queues and subscriptions in key order
 * @param preparedTransactions prepared branches with their ops: the messages they send stay invisible and
 *                             the messages they acknowledge stay locked until commit or rollback
 */
public record RecoveredState(List<StoredQueue> queues, List<StoreOp.PrepareTx> preparedTransactions) {

    public RecoveredState {
        queues = List.copyOf(queues);
        preparedTransactions = List.copyOf(preparedTransactions);
    }

    public long messageCount() {
        return queues.stream().mapToLong(StoredQueue::messageCount).sum();
    }
}
