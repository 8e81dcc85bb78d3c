package dev.petrel.broker.destination;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Messages waiting for a consumer, highest JMS priority first and in arrival order within a priority.
 * Returned messages go back to the front of their priority, so redeliveries keep their original order.
 * Owned by the destination's executor.
 */
final class PendingMessages implements Iterable<QueuedMessage> {

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

    int size() {
        return size;
    }

    void clear() {
        byPriority.forEach(ArrayDeque::clear);
        size = 0;
    }

    /** In delivery order: by priority, highest first, then oldest first. Supports {@link Iterator#remove}. */
    @Override
    public Iterator<QueuedMessage> iterator() {
        return new Iterator<>() {
            private int priority = PRIORITIES;
            private Iterator<QueuedMessage> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && priority > 0) {
                    current = byPriority.get(--priority).iterator();
                }
                return current.hasNext();
            }

            @Override
            public QueuedMessage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }

            @Override
            public void remove() {
                current.remove();
                size--;
            }
        };
    }
}
