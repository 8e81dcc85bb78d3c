package dev.petrel.broker.destination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a queue or subscription does with messages that leave it other than by acknowledgement, following its
 * {@link DeliveryRules}: a delivery that came back after the application saw it (rollback, recover, a closed
 * consumer or connection) is offered again at once, again after the redelivery delay, or moved to the
 * dead-letter queue; one that was only prefetched comes back unchanged. An expired message moves to the
 * expiry queue or is dropped. A persistent message's move and its removal from this queue are one store list.
 * It also keeps the queue's {@link MemoryAccount} for the messages that leave. Owned by the executor of the
 * destination that holds the queue.
 */
final class Returns {

    private static final Runnable NOTHING = () -> { };

    private final DeliveryRules rules;
    private final QueueStorage storage;
    private final ScheduledDeliveries scheduled;
    private final MemoryAccount memory;
    private final QueueCounters counters;

    Returns(DeliveryRules rules, QueueStorage storage, ScheduledDeliveries scheduled, MemoryAccount memory,
            QueueCounters counters) {
        this.rules = rules;
        this.storage = storage;
        this.scheduled = scheduled;
        this.memory = memory;
        this.counters = counters;
    }

    /**
     * Sorts returned deliveries: returns those to offer again now, in order; those with a redelivery delay go to
     * {@code later} once it has passed; those exhausted leave for the dead-letter queue (or are dropped).
     */
    List<QueuedMessage> sort(List<QueuedMessage> returned, Consumer<QueuedMessage> later) {
        List<QueuedMessage> now = new ArrayList<>(returned.size());
        for (QueuedMessage m : returned) {
            if (!m.takeSeen()) {
                now.add(m);
                continue;
            }
            long delay = rules.onReturned(m.message, m.deliveryCount(), storage.removalOps(List.of(m)), NOTHING);
            if (delay == DeliveryRules.GONE) {
                counters.deadLettered++;
                left(m);
            } else if (delay == 0) {
                now.add(m);
            } else {
                scheduled.onScheduleIn(delay, () -> later.accept(m));
            }
        }
        return now;
    }

    /** Expired messages leave: to the expiry queue, or dropped (and removed from the store). */
    void expire(List<QueuedMessage> expired) {
        counters.expired += expired.size();
        for (QueuedMessage m : expired) {
            rules.onExpired(m.message, storage.removalOps(List.of(m)), NOTHING);
            left(m);
        }
    }

    /** Counts messages that came into memory. */
    void hold(Collection<QueuedMessage> messages) {
        messages.forEach(this::hold);
    }

    void hold(QueuedMessage m) {
        memory.add(m.message.encodedSize());
    }

    /** Counts messages that left memory (acknowledged, taken out, cleared). */
    void release(Collection<QueuedMessage> messages) {
        messages.forEach(this::left);
    }

    private void left(QueuedMessage m) {
        memory.release(m.message.encodedSize());
    }
}
