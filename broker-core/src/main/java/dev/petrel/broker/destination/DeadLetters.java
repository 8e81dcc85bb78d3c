package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Moves the broker's own copies of dead and expired messages to their queues (created on first use whatever
 * the auto-create settings say) and counts what it moved and what was dropped. Thread-safe: every destination's
 * executor calls it; the copy is taken by the target queue on that queue's executor.
 */
public final class DeadLetters {

    /** Who sends the copies: the broker itself, no connection. */
    static final MessageOrigin BROKER = new MessageOrigin("broker", null);

    private final Function<DestinationRef, Destination> queues;
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong expired = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    /** @param queues finds or creates the queue a copy goes to */
    public DeadLetters(Function<DestinationRef, Destination> queues) {
        this.queues = queues;
    }

    /** Sends a dead-letter copy; {@code onMoved} runs once its queue holds it. */
    void deadLetter(WireMessage copy, Runnable onMoved) {
        deadLettered.incrementAndGet();
        queues.apply(copy.destination()).send(copy, BROKER, onMoved);
    }

    /** Sends an expired message's copy; {@code onMoved} runs once its queue holds it. */
    void expire(WireMessage copy, Runnable onMoved) {
        expired.incrementAndGet();
        queues.apply(copy.destination()).send(copy, BROKER, onMoved);
    }

    /** Counts a message that was dropped instead (non-persistent, {@code drop}, or dead already). */
    void dropped() {
        dropped.incrementAndGet();
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
