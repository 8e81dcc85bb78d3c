package dev.petrel.broker.destination;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages waiting for a consumer, highest JMS priority first and in arrival order within a priority.
 * Returned messages go back to the front of their priority, so redeliveries keep their original order.
 * Owned by the destination's executor.
 */
final class PendingMessages {

    private static final int PRIORITIES = 10;

    private final List<ArrayDeque<QueuedMessage>> byPriority = new ArrayList<>(PRIORITIES);
    private int size;

    PendingMessages() {
        for (int i = 0; i < PRIORITIES; i++) {
            byPriority.add(new ArrayDeque<>());
        }
    }

    void add(QueuedMessage m) {
        byPriority.get(m.message.priority()).addLast(m);
        size++;
    }

    /** Puts a returned message back in front of the others of its priority. */
    void addFirst(QueuedMessage m) {
        byPriority.get(m.message.priority()).addFirst(m);
        size++;
    }

    /** The next message to deliver, without taking it; null when empty. */
    QueuedMessage peek() {
        for (int p = PRIORITIES - 1; p >= 0 && size > 0; p--) {
            QueuedMessage m = byPriority.get(p).peekFirst();
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Takes the message {@link #peek} returned. */
    QueuedMessage poll() {
        QueuedMessage m = peek();
        if (m != null) {
            byPriority.get(m.message.priority()).pollFirst();
            size--;
        }
        return m;
    }

    int size() {
        return size;
    }
}
