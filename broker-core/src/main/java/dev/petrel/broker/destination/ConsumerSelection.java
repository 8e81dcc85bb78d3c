package dev.petrel.broker.destination;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Which consumer of a queue or subscription a message goes to: the owner of its message group
 * ({@link MessageGroups}), else the next consumer, round-robin, with credit and a filter that takes it. An
 * exclusive queue offers every message only to its oldest consumer while that one exists; the next oldest takes
 * over when it leaves. The consumers' state is owned by the executor of the destination that holds the queue.
 */
final class ConsumerSelection {

    private final List<RemoteConsumer> consumers = new ArrayList<>();
    private final MessageGroups groups = new MessageGroups();
    private final boolean exclusive;
    private int nextConsumer;
    /** The connections {@link #offer} wrote to, flushed at its end; kept for the next round, not made per round. */
    private final List<DeliveryTarget> written = new ArrayList<>();

    ConsumerSelection(boolean exclusive) {
        this.exclusive = exclusive;
    }

    void add(RemoteConsumer c) {
        consumers.add(c);
    }

    void remove(RemoteConsumer c) {
        consumers.remove(c);
        groups.onConsumerRemoved(c);
    }

    /** The consumers in the order they came (management's snapshot). */
    List<RemoteConsumer> all() {
        return consumers;
    }

    int size() {
        return consumers.size();
    }

    /**
     * The consumer for {@code m}: the exclusive one (null while it has no credit or does not take it), the owner of
     * its message group (null while the owner has no credit), else the next consumer, round-robin, with credit and
     * a filter that takes it, which then owns the group; null if none.
     */
    RemoteConsumer consumerFor(QueuedMessage m) {
        if (exclusive) {
            RemoteConsumer first = consumers.isEmpty() ? null : consumers.get(0);
            return first != null && first.hasCredit() && first.takes(m) ? first : null;
        }
        String group = MessageGroups.groupOf(m.message);
        RemoteConsumer owner = group == null ? null : groups.ownerOf(group);
        if (owner != null && owner.takes(m)) {
            return owner.hasCredit() ? owner : null;
        }
        RemoteConsumer next = nextConsumerFor(m);
        if (next != null && group != null) {
            groups.assign(group, next);
        }
        return next;
    }

    private RemoteConsumer nextConsumerFor(QueuedMessage m) {
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

    /**
     * Offers each waiting message, in order, to the consumers until none with credit is left, and flushes what it
     * wrote. Expired messages are taken out into {@code expired}; a stored message not yet covered by the dispatch
     * mark stops the round.
     *
     * @return true when the round went through (the queue is settled), false when the mark stopped it
     */
    boolean offer(PendingMessages pending, QueueStorage storage, long now, List<QueuedMessage> expired) {
        boolean blocked = false;
        for (Iterator<QueuedMessage> it = pending.iterator(); it.hasNext(); ) {
            QueuedMessage m = it.next();
            if (m.expiredAt(now)) {
                it.remove();
                expired.add(m);
                continue;
            }
            if (!storage.mayDispatch(m)) {
                blocked = true;
                break;
            }
            RemoteConsumer consumer = consumerFor(m);
            if (consumer != null) {
                it.remove();
                consumer.onDeliver(m);
                if (!written.contains(consumer.target())) { // a queue has few consumers: a list is enough
                    written.add(consumer.target());
                }
            } else if (!anyCredit()) {
                break;
            }
        }
        written.forEach(DeliveryTarget::flush);
        written.clear();
        return !blocked;
    }

    /** Whether a consumer that may be given messages has credit. */
    boolean anyCredit() {
        if (exclusive) {
            return !consumers.isEmpty() && consumers.get(0).hasCredit();
        }
        for (RemoteConsumer c : consumers) {
            if (c.hasCredit()) {
                return true;
            }
        }
        return false;
    }
}
