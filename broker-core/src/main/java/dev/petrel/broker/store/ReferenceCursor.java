package dev.petrel.broker.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks a queue's references in store-id order, holding one page at a time, so that recovering a backlog of
 * any size needs memory for one page only. Sees messages committed after it started if their ids are above
 * the last page read. Not thread-safe: owned by the thread that iterates (a destination's executor).
 */
public final class ReferenceCursor implements Iterator<StoredReference> {

    private final MessageStore store;
    private final String queueKey;
    private final int pageSize;
    private List<StoredReference> page = List.of();
    private int index;
    private long lastStoreId;
    private boolean exhausted;

    ReferenceCursor(MessageStore store, String queueKey, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, was " + pageSize);
        }
        this.store = store;
        this.queueKey = queueKey;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (index < page.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        page = store.readReferences(queueKey, lastStoreId, pageSize);
        index = 0;
        // A short page is the end: no need to ask again for an empty one.
        exhausted = page.size() < pageSize;
        return !page.isEmpty();
    }

    @Override
    public StoredReference next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more messages on " + queueKey);
        }
        StoredReference reference = page.get(index++);
        lastStoreId = reference.storeId();
        return reference;
    }
}
