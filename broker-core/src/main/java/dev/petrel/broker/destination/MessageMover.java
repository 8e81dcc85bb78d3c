package dev.petrel.broker.destination;

import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * Moves messages taken out of a queue to another destination for management ({@code move}, {@code dlq retry}):
 * the target stages copies, and one store list adds them there and removes them here, so a persistent message
 * is in exactly one of the two after a crash. When the store fails the messages go back where they were.
 * Stateless; its futures complete on the store's and the destinations' threads.
 */
final class MessageMover {

    /** Who sends moved messages: an administrator, no connection. */
    static final MessageOrigin ADMIN = new MessageOrigin("admin", null);

    private final QueueDestination source;
    private final MessageStore store;

    MessageMover(QueueDestination source, MessageStore store) {
        this.source = source;
        this.store = store;
    }

    /**
     * Moves {@code taken} (already out of the source's waiting list) to {@code target}, each copy changed by
     * {@code rewrite} once addressed there. Call on the source's executor.
     *
     * @return completes with the number moved once on disk, or exceptionally when the store failed
     */
    CompletableFuture<Integer> onMove(List<QueuedMessage> taken, Destination target,
            UnaryOperator<WireMessage> rewrite) {
        if (taken.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        List<WireMessage> copies = new ArrayList<>(taken.size());
        for (QueuedMessage m : taken) {
            copies.add(rewrite.apply(readdressed(m.message, target.ref(), null)));
        }
        List<StoreOp> removals = source.queue().storage().removalOps(taken);
        return stageAndStore(store, target, copies, ADMIN, removals).handle((ok, error) -> {
            if (error != null) {
                source.executor().execute(() -> source.queue().onPutBack(taken));
                throw error instanceof CompletionException c ? c : new CompletionException(error);
            }
            source.executor().execute(() -> source.queue().counters.removedByAdmin += taken.size());
            return taken.size();
        });
    }

    /**
     * The one durable move path (management's moves, dead letters, expiry): {@code target} stages
     * {@code copies}, and one store list adds them there and carries {@code removals} (the source's references),
     * so a persistent message is in exactly one place after a crash; once on disk the copies become visible.
     * Like a transaction's commit. Call on the source's executor.
     *
     * @return completes once the list is on disk, or exceptionally (the copies discarded) when the store failed
     */
    static CompletableFuture<Void> stageAndStore(MessageStore store, Destination target, List<WireMessage> copies,
            MessageOrigin origin, List<StoreOp> removals) {
        return target.stage(copies, origin).thenCompose(staged -> {
            List<StoreOp> ops = new ArrayList<>(staged.ops());
            ops.addAll(removals);
            CompletableFuture<Void> stored = ops.isEmpty() || store.discardsEverything()
                    ? CompletableFuture.completedFuture(null) : store.submit(ops);
            return stored.handle((ok, error) -> {
                if (error != null) {
                    staged.discard();
                    throw new CompletionException(error);
                }
                staged.apply();
                return null;
            });
        });
    }

    /** {@code m} addressed to {@code to}, with {@code properties} instead of its own when not null. */
    static WireMessage readdressed(WireMessage m, DestinationRef to, Map<String, Object> properties) {
        byte[] props = properties == null ? m.properties() : TypedValues.encodeMap(properties);
        return new WireMessage(m.messageId(), to, m.persistent(), m.priority(), m.timestamp(), m.expiration(),
                m.deliveryTime(), m.correlationId(), m.correlationIdBytes(), m.replyTo(), m.type(), props,
                m.bodyKind(), m.body());
    }
}
