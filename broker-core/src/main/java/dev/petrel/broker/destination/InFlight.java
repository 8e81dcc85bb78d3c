package dev.petrel.broker.destination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One consumer's deliveries not yet acknowledged, by delivery id, in delivery order. Ids grow with every delivery
 * and acknowledgements mostly come from the oldest on, so the deliveries sit in two arrays in id order: an
 * acknowledged one leaves a gap until those before it are gone too, and a lookup is a binary search. A map from
 * id to delivery would cost an entry and a boxed id per delivery, and another boxed id per acknowledgement.
 * Owned by the executor of the consumer's destination.
 */
final class InFlight {

    /** Decides, for each delivery in order, whether it leaves. */
    @FunctionalInterface
    interface Selector {
        boolean takes(long deliveryId, QueuedMessage m);
    }

    private long[] ids = new long[16];
    /** The delivery of the id at the same index, null where it has left. */
    private QueuedMessage[] messages = new QueuedMessage[16];
    /** The used slots are {@code start} to {@code end}, gaps included. */
    private int start;
    private int end;
    private int size;

    /** Adds a delivery whose id is above every id added before. */
    void add(long deliveryId, QueuedMessage m) {
        if (end == ids.length) {
            makeRoom();
        }
        ids[end] = deliveryId;
        messages[end] = m;
        end++;
        size++;
    }

    /** Removes the deliveries {@code first..last} there are and returns them in delivery order. */
    List<QueuedMessage> remove(long first, long last) {
        List<QueuedMessage> removed = new ArrayList<>();
        for (int i = indexOf(first); i < end && ids[i] <= last; i++) {
            if (messages[i] != null) {
                removed.add(messages[i]);
                messages[i] = null;
                size--;
            }
        }
        skipGaps();
        return removed;
    }

    /** The deliveries {@code first..last} there are, in delivery order; they stay. */
    List<QueuedMessage> find(long first, long last) {
        List<QueuedMessage> found = new ArrayList<>();
        for (int i = indexOf(first); i < end && ids[i] <= last; i++) {
            if (messages[i] != null) {
                found.add(messages[i]);
            }
        }
        return found;
    }

    /** Removes, in delivery order, the deliveries {@code selector} takes. */
    void removeIf(Selector selector) {
        for (int i = start; i < end; i++) {
            if (messages[i] != null && selector.takes(ids[i], messages[i])) {
                messages[i] = null;
                size--;
            }
        }
        skipGaps();
    }

    int size() {
        return size;
    }

    /** The first used slot whose id is {@code deliveryId} or above ({@code end} when none): ids rise with the slots. */
    private int indexOf(long deliveryId) {
        int low = start;
        int high = end;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ids[mid] < deliveryId) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void skipGaps() {
        while (start < end && messages[start] == null) {
            start++;
        }
        if (start == end) {
            start = 0;
            end = 0;
        }
    }

    /** At the end of the arrays: closes the gaps when they are half of it, else doubles the arrays. */
    private void makeRoom() {
        if (size > ids.length / 2) {
            ids = Arrays.copyOf(ids, ids.length * 2);
            messages = Arrays.copyOf(messages, messages.length * 2);
            return;
        }
        int to = 0;
        for (int i = start; i < end; i++) {
            if (messages[i] != null) {
                ids[to] = ids[i];
                messages[to] = messages[i];
                to++;
            }
        }
        Arrays.fill(messages, to, end, null);
        start = 0;
        end = to;
    }
}
