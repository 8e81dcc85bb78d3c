package dev.petrel.broker.destination;

import dev.petrel.broker.store.StoreOp;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a {@link RemoteConsumer} takes its messages from: a queue's or subscription's {@link MessageQueue}, or a
 * {@link QueueBrowser}'s snapshot. Runs on the executor of the destination that owns both.
 */
interface ConsumerSource {

    /** The consumer got more credit: deliver what it may now take. */
    void onCreditAdded();

    /** Takes back deliveries of a consumer, in delivery order, and offers them to consumers again. */
    void onReturn(List<QueuedMessage> returned);

    /** Takes back messages read again from the store (a restored XA branch rolled back) and offers them. */
    default void onReloaded(List<QueuedMessage> reloaded) {
        onReturn(reloaded);
    }

    /** How the removal of acknowledged messages reaches the store. */
    enum StoreRemoval {
        /** A transaction's commit already wrote it. */
        WRITTEN,
        /** The client waits for the acknowledgement's receipt: committed at once. */
        AWAITED,
        /** Nobody waits: it may ride with a later commit (MessageStore.submitLazily). */
        LAZY
    }

    /**
     * Acknowledged deliveries left their consumer for good: the source forgets them, in the store too unless
     * a transaction's commit already removed them there.
     *
     * @return completes once their removal is on disk (at once when nothing was to be written)
     */
    default CompletableFuture<Void> onAcknowledged(List<QueuedMessage> acked, StoreRemoval removal) {
        return CompletableFuture.completedFuture(null);
    }

    /** The store ops that would take these messages off the source (none when it keeps nothing there). */
    default List<StoreOp> removalOps(List<QueuedMessage> messages) {
        return List.of();
    }
}
