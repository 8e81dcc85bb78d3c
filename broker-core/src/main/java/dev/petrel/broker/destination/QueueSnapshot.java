package dev.petrel.broker.destination;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The management side of a {@link MessageQueue}: its statistics snapshot and the selection of waiting messages
 * for purge and move. Stateless; called on the executor that owns the queue, with its collections.
 */
final class QueueSnapshot {

    private QueueSnapshot() {
    }

    static QueueStats of(QueueCounters counters, PendingMessages pending, List<RemoteConsumer> consumers,
            boolean paused, long now) {
        long inFlight = 0;
        long memory = 0;
        for (RemoteConsumer c : consumers) {
            inFlight += c.inFlightCount();
        }
        long oldest = Long.MAX_VALUE;
        for (QueuedMessage m : pending) {
            memory += m.message.encodedSize();
            if (m.message.timestamp() > 0) {
                oldest = Math.min(oldest, m.message.timestamp());
            }
        }
        long inMemory = pending.size();
        long depth = Math.max(inMemory, counters.held() - inFlight);
        long age = oldest == Long.MAX_VALUE ? 0 : Math.max(0, now - oldest);
        return new QueueStats(depth, inMemory, counters.enqueued, counters.dequeued, counters.expired,
                counters.deadLettered, inFlight, consumers.size(), age, memory, paused);
    }

    /** Moves the messages of {@code pending} that {@code filter} matches to {@code taken}, in delivery order. */
    /** The waiting messages {@code filter} matches, in delivery order, those expired at {@code now} left out. */
    static List<QueuedMessage> visible(PendingMessages pending, MessageFilter filter, long now) {
        List<QueuedMessage> visible = new ArrayList<>();
        for (QueuedMessage m : pending) {
            if (!m.expiredAt(now) && (filter.matchesEverything() || filter.matches(m.context()))) {
                visible.add(m);
            }
        }
        return visible;
    }

    static void takeMatching(PendingMessages pending, MessageFilter filter, List<QueuedMessage> taken) {
        for (Iterator<QueuedMessage> it = pending.iterator(); it.hasNext(); ) {
            QueuedMessage m = it.next();
            if (filter.matchesEverything() || filter.matches(m.context())) {
                it.remove();
                taken.add(m);
            }
        }
    }
}
