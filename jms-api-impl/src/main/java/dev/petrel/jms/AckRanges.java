package dev.petrel.jms;

import java.util.ArrayList;
import java.util.List;

/**
 * The delivery ids of one consumer that the application has consumed but the broker has not been told of yet,
 * as inclusive ranges (usually one: delivery ids grow by one per delivery). Thread-safe (synchronized): the
 * consuming thread adds, {@code Message.acknowledge} or commit on the session's thread takes.
 */
final class AckRanges {

    /** An inclusive range of delivery ids. */
    record Range(long first, long last) {
    }

    private final List<Range> ranges = new ArrayList<>();
    private int count;

    synchronized void add(long deliveryId) {
        int lastIndex = ranges.size() - 1;
        if (lastIndex >= 0 && ranges.get(lastIndex).last() + 1 == deliveryId) {
            ranges.set(lastIndex, new Range(ranges.get(lastIndex).first(), deliveryId));
        } else {
            ranges.add(new Range(deliveryId, deliveryId));
        }
        count++;
    }

    synchronized int count() {
        return count;
    }

    /** Removes and returns every range. */
    synchronized List<Range> takeAll() {
        List<Range> taken = List.copyOf(ranges);
        ranges.clear();
        count = 0;
        return taken;
    }
}
