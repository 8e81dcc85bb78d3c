package dev.petrel.broker.destination;

import dev.petrel.broker.BrokerException;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Management of one queue: statistics, browse, purge, move, dead-letter retry, pause and resume. Every call runs
 * on the queue's executor (the owner of its state) and returns a future; it never reads the queue's fields from
 * the calling thread. Messages whose delivery time is still in the future are not waiting yet and are left
 * alone. Thread-safe.
 */
public final class QueueControl {

    private final QueueDestination queue;
    private final Function<DestinationRef, Destination> destinations;
    private final MessageMover mover;

    /** @param destinations finds (or creates, as auto-create allows) the target of a move */
    QueueControl(QueueDestination queue, DestinationRegistry registry) {
        this.queue = queue;
        this.destinations = registry::lookup;
        this.mover = new MessageMover(queue, registry.store());
    }

    public DestinationRef ref() {
        return queue.ref();
    }

    public CompletableFuture<QueueStats> stats() {
        return OnExecutor.call(queue.executor(), () -> queue.queue().onStats());
    }

    /** Stops ({@code true}) or restarts dispatch to consumers; sends are still taken. */
    public CompletableFuture<Void> pause(boolean pause) {
        return OnExecutor.call(queue.executor(), () -> {
            queue.queue().onPause(pause);
            return null;
        });
    }

    /** The first {@code max} waiting messages in memory that {@code selector} (null: all) matches, in order. */
    public CompletableFuture<List<BrowsedMessage>> browse(String selector, int max) {
        MessageFilter filter = SelectorFilter.parse(selector);
        return OnExecutor.call(queue.executor(), () -> queue.queue().onSnapshot(filter).stream().limit(max)
                .map(m -> BrowsedMessage.of(m.message)).toList());
    }

    /** Deletes every waiting message, from the store too; completes with their number once that is on disk. */
    public CompletableFuture<Integer> purge() {
        return OnExecutor.call(queue.executor(), () -> {
            MessageQueue q = queue.queue();
            List<QueuedMessage> taken = q.onTakeWaiting(MessageFilter.ALL);
            q.counters.removedByAdmin += taken.size();
            return q.storage().onRemoved(taken, true).thenApply(ok -> taken.size());
        }).thenCompose(f -> f);
    }

    /**
     * Moves the waiting messages {@code selector} (null: all) matches to {@code target}, keeping their ids,
     * headers and properties.
     *
     * @throws BrokerException INVALID_DESTINATION (at once) when the target is this queue or may not be created
     */
    public CompletableFuture<Integer> move(String selector, DestinationRef target) {
        if (target.equals(queue.ref())) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, "cannot move messages of " + target
                    + " to itself");
        }
        MessageFilter filter = SelectorFilter.parse(selector);
        Destination to = destinations.apply(target);
        return OnExecutor.call(queue.executor(),
                () -> mover.onMove(queue.queue().onTakeWaiting(filter), to, UnaryOperator.identity()))
                .thenCompose(f -> f);
    }

    /**
     * Sends each waiting message of this dead-letter queue back to the queue named by its
     * {@code PETREL_ORIGINAL_DESTINATION}, without the broker's dead-letter properties; messages without a queue
     * of origin stay. Completes with the number moved.
     */
    public CompletableFuture<Integer> retryDeadLetters() {
        return OnExecutor.call(queue.executor(), this::onRetry).thenCompose(f -> f);
    }

    private CompletableFuture<Integer> onRetry() {
        MessageQueue q = queue.queue();
        List<QueuedMessage> taken = q.onTakeWaiting(MessageFilter.ALL);
        Map<DestinationRef, List<QueuedMessage>> byOrigin = new LinkedHashMap<>();
        List<QueuedMessage> staying = new ArrayList<>();
        for (QueuedMessage m : taken) {
            DestinationRef origin = DeadLetterRetry.originOf(m.message);
            (origin == null || origin.equals(queue.ref()) ? staying
                    : byOrigin.computeIfAbsent(origin, k -> new ArrayList<>())).add(m);
        }
        CompletableFuture<Integer> moved = CompletableFuture.completedFuture(0);
        for (Map.Entry<DestinationRef, List<QueuedMessage>> e : byOrigin.entrySet()) {
            Destination origin;
            try {
                origin = destinations.apply(e.getKey());
            } catch (BrokerException gone) {
                staying.addAll(e.getValue()); // its queue may not be created again: the messages stay here
                continue;
            }
            CompletableFuture<Integer> one = mover.onMove(e.getValue(), origin,
                    m -> MessageMover.readdressed(m, m.destination(), DeadLetterRetry.cleanProperties(m)));
            moved = moved.thenCombine(one, Integer::sum);
        }
        if (!staying.isEmpty()) {
            q.onPutBack(staying);
        }
        return moved;
    }
}
