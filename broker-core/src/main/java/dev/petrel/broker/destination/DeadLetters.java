package dev.petrel.broker.destination;

import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.NoopMessageStore;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the broker's own copies of dead and expired messages to their queues (created on first use whatever
 * the auto-create settings say) and counts what it moved and what was dropped. A move goes through
 * {@link MessageMover#stageAndStore}: the copy and the removal of the original from its queue are one store list,
 * so a persistent message is in exactly one of the two after a crash. Thread-safe: every destination's
 * executor calls it; the copy is taken by the target queue on that queue's executor.
 */
public final class DeadLetters {

    /** Who sends the copies: the broker itself, no connection. */
    static final MessageOrigin BROKER = new MessageOrigin("broker", null);

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final Function<DestinationRef, Destination> queues;
    private final MessageStore store;
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong expired = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    /** Dead letters of a broker that stores nothing. */
    public DeadLetters(Function<DestinationRef, Destination> queues) {
        this(queues, new NoopMessageStore());
    }

    /**
     * @param queues finds or creates the queue a copy goes to
     * @param store  where the copies and the removal of their originals are written together
     */
    public DeadLetters(Function<DestinationRef, Destination> queues, MessageStore store) {
        this.queues = queues;
        this.store = store;
    }

    /**
     * Sends a dead-letter copy; {@code removals} (the original's references, may be empty) go into the same store
     * list; {@code onMoved} runs once its queue holds it.
     */
    void deadLetter(WireMessage copy, List<StoreOp> removals, Runnable onMoved) {
        deadLettered.incrementAndGet();
        move(copy, removals, onMoved);
    }

    /** Sends an expired message's copy, like {@link #deadLetter}. */
    void expire(WireMessage copy, List<StoreOp> removals, Runnable onMoved) {
        expired.incrementAndGet();
        move(copy, removals, onMoved);
    }

    /** Counts a message that was dropped instead (non-persistent, {@code drop}, or dead already). */
    void dropped() {
        dropped.incrementAndGet();
    }

    /** Counts a dropped message and removes its references ({@code removals}) from the store. */
    void dropped(List<StoreOp> removals) {
        dropped();
        if (!removals.isEmpty() && !store.discardsEverything()) {
            store.submit(removals).whenComplete((ok, error) -> {
                if (error != null) {
                    LOG.warn("could not remove a dropped message from the store: {}", error.toString());
                }
            });
        }
    }

    private void move(WireMessage copy, List<StoreOp> removals, Runnable onMoved) {
        MessageMover.stageAndStore(store, queues.apply(copy.destination()), List.of(copy), BROKER, removals)
                .whenComplete((ok, error) -> {
                    if (error == null) {
                        onMoved.run();
                    } else {
                        // the original's reference was not removed either: it is delivered again after a restart
                        LOG.warn("could not move {} to {}; it stays in the store of its queue: {}",
                                copy.messageId(), copy.destination(), error.toString());
                    }
                });
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    public long expiredMovedCount() {
        return expired.get();
    }

    public long droppedCount() {
        return dropped.get();
    }
}
