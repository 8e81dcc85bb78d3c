package dev.petrel.broker.destination;

import dev.petrel.broker.destination.ConsumerSource.StoreRemoval;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.protocol.Deliver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongPredicate;

/**
 * A consumer on a client connection, as its destination sees it: credit, the next delivery id and the
 * deliveries not yet acknowledged. Its state is owned by the executor of its destination; the public methods
 * may be called from any thread and hand the work to that executor.
 */
public final class RemoteConsumer {

    /** Holds back no delivery: what a consumer outside a transaction closes with. */
    public static final LongPredicate NOTHING_HELD = id -> false;

    /** How the consumer leaves whatever registered it (a queue, a subscription, a browser). */
    @FunctionalInterface
    interface Remover {
        void remove(RemoteConsumer consumer, long lastDeliveredId, LongPredicate held, Runnable onRemoved);
    }

    private final long consumerId;
    private final DeliveryTarget target;
    private final SerialExecutor executor;
    private final MessageFilter filter;
    private final Remover remover;
    /** The queue, subscription or browser snapshot it consumes from; set when it is registered. */
    private ConsumerSource source;
    private int credit;
    private long lastDeliveryId;
    private final InFlight inFlight = new InFlight();
    /** Set once it has left its queue or subscription; deliveries a transaction held may remain. */
    private boolean removed;

    RemoteConsumer(ConsumerSpec spec, SerialExecutor executor, MessageFilter filter, Remover remover) {
        this.consumerId = spec.consumerId();
        this.target = spec.target();
        this.credit = spec.prefetch();
        this.executor = executor;
        this.filter = filter;
        this.remover = remover;
    }

    public long consumerId() {
        return consumerId;
    }

    /** Adds room for {@code n} more deliveries. */
    public void credit(int n) {
        executor.execute(() -> {
            // saturating: a client granting absurd credit must not wrap it into "none"
            credit = (int) Math.min(Integer.MAX_VALUE, (long) credit + n);
            source.onCreditAdded();
        });
    }

    /** Takes back unused credit; {@code done} runs after every delivery already made has been written. */
    public void drain(Runnable done) {
        executor.execute(() -> {
            credit = 0;
            done.run();
        });
    }

    /**
     * Forgets the deliveries {@code first..last}: the one place where an acknowledgement takes effect. Their
     * stored copies are removed without holding up the destination; {@code done} (may be null: nobody waits)
     * runs once that removal is on disk, so a client told its acknowledgement counted never sees the message
     * again, even after a crash. It may run on the store's writer thread.
     */
    public void acknowledge(long first, long last, Runnable done) {
        executor.execute(() -> {
            CompletableFuture<Void> removed = source.onAcknowledged(onAcknowledge(first, last),
                    done == null ? StoreRemoval.LAZY : StoreRemoval.AWAITED);
            if (done != null) {
                removed.whenComplete((ok, error) -> done.run());
            }
        });
    }

    /**
     * The store ops a transaction's commit needs to acknowledge {@code first..last}: the deliveries stay until
     * {@link #commitAcknowledge}.
     */
    public CompletableFuture<List<StoreOp>> stageAcknowledge(long first, long last) {
        CompletableFuture<List<StoreOp>> ops = new CompletableFuture<>();
        executor.execute(() -> ops.complete(source.removalOps(onInRange(first, last))));
        return ops;
    }

    /** Forgets {@code first..last}, whose removal a committed transaction already wrote; {@code done} runs then. */
    public void commitAcknowledge(long first, long last, Runnable done) {
        executor.execute(() -> {
            source.onAcknowledged(onAcknowledge(first, last), StoreRemoval.WRITTEN);
            done.run();
        });
    }

    /**
     * Takes back every unacknowledged delivery (see {@link #onTakeBackInFlight}) and stops deliveries until new
     * credit comes; {@code done} (may be null) runs after every delivery made before, with the messages back
     * in their queue or subscription.
     */
    public void recover(long lastDeliveredId, Runnable done) {
        executor.execute(() -> {
            source.onReturn(onTakeBackInFlight(lastDeliveredId, NOTHING_HELD));
            if (done != null) {
                done.run();
            }
        });
    }

    /**
     * Unregisters the consumer: its unacknowledged deliveries go back (see {@link #onTakeBackInFlight}) except
     * the {@code held} ones, which a pending transaction acknowledged and which stay until it ends.
     * {@code onRemoved} runs once it is gone.
     */
    public void close(long lastDeliveredId, LongPredicate held, Runnable onRemoved) {
        remover.remove(this, lastDeliveredId, held, onRemoved);
    }

    /**
     * Returns every delivery still held when the consumer has been closed meanwhile: what a transaction whose
     * commit failed does with the deliveries it acknowledged (an open consumer keeps them, for the client's
     * rollback).
     */
    public void returnIfClosed() {
        executor.execute(() -> {
            if (removed) {
                source.onReturn(onTakeBackInFlight(Long.MAX_VALUE, NOTHING_HELD));
            }
        });
    }

    void onRemoved() {
        assert executor.inOwnerThread();
        removed = true;
    }

    void onAttach(ConsumerSource source) {
        assert executor.inOwnerThread();
        this.source = source;
    }

    boolean hasCredit() {
        return credit > 0;
    }

    /** Whether its filter takes the message. */
    boolean takes(QueuedMessage m) {
        return filter.matchesEverything() || filter.matches(m.context());
    }

    DeliveryTarget target() {
        return target;
    }

    /** Sends one message, using one unit of credit, and keeps it until it is acknowledged or taken back. */
    void onDeliver(QueuedMessage m) {
        inFlight.add(onDeliverCopy(m), m);
    }

    /** Sends one message, using one unit of credit, without keeping it (a browser's copy); returns its id. */
    long onDeliverCopy(QueuedMessage m) {
        assert executor.inOwnerThread();
        long deliveryId = ++lastDeliveryId;
        credit--;
        target.write(new Deliver(consumerId, deliveryId, m.nextDeliveryCount(), m.message));
        return deliveryId;
    }

    private List<QueuedMessage> onAcknowledge(long first, long last) {
        assert executor.inOwnerThread();
        return inFlight.remove(first, last);
    }

    private List<QueuedMessage> onInRange(long first, long last) {
        assert executor.inOwnerThread();
        return inFlight.find(first, last);
    }

    /**
     * Takes back every unacknowledged delivery not {@code held}, in delivery order, and sets the credit to 0.
     * Those up to {@code lastDeliveredId} reached the application and count as delivered (JMSRedelivered on
     * their next delivery); later ones were only prefetched and come back unchanged.
     */
    List<QueuedMessage> onTakeBackInFlight(long lastDeliveredId, LongPredicate held) {
        assert executor.inOwnerThread();
        List<QueuedMessage> returned = new ArrayList<>(inFlight.size());
        inFlight.removeIf((id, m) -> {
            if (held.test(id)) {
                return false;
            }
            if (id <= lastDeliveredId) {
                m.markDelivered();
            }
            returned.add(m);
            return true;
        });
        credit = 0;
        return returned;
    }

    int inFlightCount() {
        return inFlight.size();
    }
}
