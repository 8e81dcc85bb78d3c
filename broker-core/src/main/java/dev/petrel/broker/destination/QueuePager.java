package dev.petrel.broker.destination;

import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.StoredMessage;
import dev.petrel.broker.store.StoredReference;
import dev.petrel.protocol.MalformedFrameException;
import dev.petrel.protocol.WireMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of a stored queue's messages are in memory: at most {@link #BUDGET} wait there, and none beyond the
 * destination's or the broker's memory limit (its {@link MemoryAccount}); the rest stay in the store and are
 * read a page at a time, in store-id order, as consumers drain the queue. A queue with nothing waiting in
 * memory always reads a small page, even when other destinations fill the broker's memory: it never starves.
 * {@code pagedUpTo} is the cursor: every stored message at or below it was read or taken into memory when it was
 * sent; while {@code more} is set the store may hold messages above it that memory does not. Messages staged by
 * a send whose store list is not yet committed are skipped by pages: their send takes them in. So are messages
 * a restored prepared XA branch acknowledged ({@link PreparedLocks}): {@link #reload} brings them in if the
 * branch rolls back. Owned by the destination's executor; the reads block it for one page (the store's reader is
 * shared).
 */
final class QueuePager {

    /** Messages one queue keeps waiting in memory before new persistent ones stay in the store. */
    static final int BUDGET = 1000;
    /** Messages loaded per store read; also the page a queue with nothing waiting reads when memory is full. */
    static final int CHUNK = 32;
    static final MessageOrigin RECOVERED = new MessageOrigin("store", null);
    private static final Logger LOG = LoggerFactory.getLogger(QueuePager.class);

    private final MessageStore store;
    private final String queueKey;
    private final Set<Long> staged = new HashSet<>();
    private final PreparedLocks locks;
    private final MemoryAccount memory;
    /** Locked messages the cursor passed, by store id: {@link #reload} takes them in when they are returned. */
    private final Map<Long, StoredReference> skippedLocked = new TreeMap<>();
    private long pagedUpTo;
    private boolean more;

    /**
     * @param more  whether the store holds messages of this queue already (after a restart)
     * @param locks  the messages of restored prepared branches, which pages skip
     * @param memory what the queue's destination holds in memory, against its limit and the broker's
     */
    QueuePager(MessageStore store, String queueKey, boolean more, PreparedLocks locks, MemoryAccount memory) {
        this.store = store;
        this.queueKey = queueKey;
        this.more = more;
        this.locks = locks;
        this.memory = memory;
    }

    void onStaged(long storeId) {
        staged.add(storeId);
    }

    void onDiscarded(long storeId) {
        staged.remove(storeId);
    }

    /**
     * A sent message is on disk: true when it goes into memory now, false when it stays in the store for a
     * later page (memory is full, or the cursor has not reached it).
     */
    boolean onAccepted(long storeId, int waiting) {
        staged.remove(storeId);
        if (storeId <= pagedUpTo) {
            return true; // the cursor passed it before it was committed: no page will bring it
        }
        if (more) {
            return false;
        }
        if (waiting >= BUDGET || memory.isFull()) {
            more = true;
            return false;
        }
        pagedUpTo = storeId;
        return true;
    }

    /** True when the store holds more, fewer than half the budget wait, and memory has room or none wait. */
    boolean wantsPage(int waiting) {
        return more && waiting < BUDGET / 2 && (waiting == 0 || memory.hasRoom());
    }

    /** A page a browser read from the store: the messages and where the next page starts. */
    record BrowsePage(List<QueuedMessage> messages, long lastStoreId, boolean more) {
    }

    /** Where the pages read into memory end, or -1 when every stored message of the queue is in memory. */
    long storedBeyond() {
        return more ? pagedUpTo : -1;
    }

    /**
     * For a browser: up to {@code max} stored messages after {@code afterStoreId}, read as copies that nobody
     * consumes; the pager's own cursor does not move. Messages locked by prepared XA branches are left out.
     */
    BrowsePage browse(long afterStoreId, int max) {
        List<StoredReference> page = store.readReferences(queueKey, afterStoreId, max);
        List<StoredReference> visible = new ArrayList<>(page.size());
        for (StoredReference reference : page) {
            if (!locks.isLocked(queueKey, reference.storeId()) && !staged.contains(reference.storeId())) {
                visible.add(reference);
            }
        }
        long last = page.isEmpty() ? afterStoreId : page.get(page.size() - 1).storeId();
        return new BrowsePage(load(visible), last, page.size() == max);
    }

    /**
     * Reads the next page, up to the budget in messages and the memory's room in bytes (a chunk at least).
     * Expired messages come too: the queue's dispatch moves them to the expiry queue like any other.
     */
    List<QueuedMessage> onPage(int waiting) {
        long bytesLeft = memory.room();
        int room = bytesLeft == 0 ? CHUNK : Math.max(1, BUDGET - waiting);
        List<StoredReference> page = store.readReferences(queueKey, pagedUpTo, room);
        more = page.size() == room;
        List<QueuedMessage> loaded = new ArrayList<>(page.size());
        List<StoredReference> wanted = new ArrayList<>(CHUNK);
        for (StoredReference reference : page) {
            if (locks.isLocked(queueKey, reference.storeId())) {
                skippedLocked.put(reference.storeId(), reference);
            } else if (!staged.contains(reference.storeId())) {
                wanted.add(reference);
            }
            pagedUpTo = Math.max(pagedUpTo, reference.storeId());
            if (wanted.size() == CHUNK) {
                bytesLeft -= loadInto(loaded, wanted);
                if (bytesLeft <= 0 && reference != page.get(page.size() - 1)) {
                    more = true; // memory is full: the rest of the page stays in the store
                    return loaded;
                }
            }
        }
        loadInto(loaded, wanted);
        return loaded;
    }

    /** Loads {@code references} into {@code loaded}, empties them, and returns the bytes now held in memory. */
    private long loadInto(List<QueuedMessage> loaded, List<StoredReference> references) {
        long bytes = 0;
        for (QueuedMessage m : load(references)) {
            bytes += m.message.encodedSize();
            loaded.add(m);
        }
        references.clear();
        return bytes;
    }

    /**
     * The returned messages of a rolled-back prepared branch that pages skipped, loaded again and marked
     * delivered (they reached the branch's consumer); those the cursor has not reached come with a later page.
     */
    List<QueuedMessage> reload(Set<Long> returned) {
        List<StoredReference> references = new ArrayList<>();
        returned.forEach(id -> {
            StoredReference skipped = skippedLocked.remove(id);
            if (skipped != null) {
                references.add(skipped);
            }
        });
        references.sort((a, b) -> Long.compare(a.storeId(), b.storeId()));
        List<QueuedMessage> loaded = load(references);
        loaded.stream().filter(m -> m.deliveryCount() == 0).forEach(QueuedMessage::markDelivered);
        return loaded;
    }

    /**
     * Has the messages of this queue that {@link PreparedLocks} releases returned to {@code queue} (rollback) or
     * forgotten (commit: they are gone from the store), on the queue's executor.
     */
    void holdLocked(SerialExecutor executor, ConsumerSource queue) {
        if (!locks.holdsAny(queueKey)) {
            return;
        }
        locks.holder(queueKey, (storeIds, returning) -> executor.execute(() -> {
            if (!returning) {
                storeIds.forEach(skippedLocked::remove);
                return;
            }
            List<QueuedMessage> back = reload(storeIds);
            if (!back.isEmpty()) {
                queue.onReloaded(back);
            }
        }));
    }

    private List<QueuedMessage> load(List<StoredReference> references) {
        Map<Long, StoredMessage> bodies = new HashMap<>();
        for (StoredMessage m : store.loadMessages(queueKey,
                references.stream().map(StoredReference::storeId).toList())) {
            bodies.put(m.storeId(), m);
        }
        List<QueuedMessage> loaded = new ArrayList<>(references.size());
        for (StoredReference reference : references) {
            StoredMessage body = bodies.get(reference.storeId());
            if (body == null) {
                continue; // removed since the page was read
            }
            try {
                loaded.add(new QueuedMessage(WireMessage.decode(body.encoded()), RECOVERED, reference.storeId(),
                        reference.recoveredDeliveryCount()));
            } catch (MalformedFrameException e) {
                LOG.error("{}: stored message {} cannot be read and stays in the store: {}", queueKey,
                        reference.storeId(), e.getMessage());
            }
        }
        return loaded;
    }
}
