package dev.petrel.broker.tx;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.destination.Destination;
import dev.petrel.broker.destination.MessageOrigin;
import dev.petrel.broker.destination.RemoteConsumer;
import dev.petrel.broker.destination.StagedSends;
import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.WireMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * The current transaction of one transacted session: the messages it sent and the deliveries it
 * acknowledged, held back until {@link #commit} applies them or {@link #rollback} forgets them. A new
 * transaction starts as soon as one ends. Owned by the event loop of the session's connection; a commit in
 * progress holds its own copies and continues on destination executors and the store's writer thread.
 */
public final class LocalTransaction {

    private record AckRange(RemoteConsumer consumer, long first, long last) {
    }

    /** Sends by destination, each list in send order; destinations in the order first sent to. */
    private final Map<Destination, List<WireMessage>> sends = new LinkedHashMap<>();
    private final List<AckRange> acks = new ArrayList<>();
    /** Why the transaction can only roll back (one of its sends was refused), or null. */
    private String refusal;

    /** Buffers a send; nobody sees the message before commit. */
    public void send(Destination destination, WireMessage message) {
        sends.computeIfAbsent(destination, d -> new ArrayList<>()).add(message);
    }

    /**
     * One of the transaction's sends was refused. The client does not wait for a receipt per transacted send
     * (the commit is where the outcome counts), so the commit must fail instead: it rolls back and says why.
     */
    public void refuseCommit(String why) {
        if (refusal == null) {
            refusal = why;
        }
    }

    /** Buffers an acknowledgement of the deliveries {@code first..last} of {@code consumer}. */
    public void acknowledge(RemoteConsumer consumer, long first, long last) {
        acks.add(new AckRange(consumer, first, last));
    }

    /**
     * The deliveries of {@code consumer} this transaction acknowledged: when the consumer closes before the
     * transaction ends they stay with it, to be removed at commit or returned at rollback.
     */
    public LongPredicate heldBy(RemoteConsumer consumer) {
        List<AckRange> ranges = acks.stream().filter(a -> a.consumer == consumer).toList();
        if (ranges.isEmpty()) {
            return RemoteConsumer.NOTHING_HELD;
        }
        return id -> ranges.stream().anyMatch(a -> id >= a.first && id <= a.last);
    }

    /**
     * The one place where a local transaction commits: every destination stages its messages, the store ops of
     * all sends and acknowledgements are written as ONE list (all or nothing, also across a crash), then every
     * destination makes its messages visible in one task, in send order, and the acknowledgements take effect.
     * Completes once all of it is applied. Only thread-safe hand-offs run on the store's writer thread.
     *
     * @param live   whether a destination still exists (a temporary one may have been deleted)
     * @param origin the sending connection
     * @param closed whether a consumer has been closed (for the rollback when the commit cannot apply)
     * @param store  where the list goes
     * @throws BrokerException TRANSACTION_ROLLED_BACK, with the transaction rolled back, when a destination it
     *                         sent to no longer exists; the future fails with it when the store could not write
     */
    public CompletableFuture<Void> commit(Predicate<Destination> live, MessageOrigin origin,
            Predicate<RemoteConsumer> closed, MessageStore store) {
        if (refusal != null) {
            String why = refusal;
            rollback(closed);
            throw new BrokerException(ErrorCode.TRANSACTION_ROLLED_BACK, "the transaction was rolled back: " + why);
        }
        for (Destination destination : sends.keySet()) {
            if (!live.test(destination)) {
                rollback(closed);
                throw new BrokerException(ErrorCode.TRANSACTION_ROLLED_BACK, "the transaction was rolled back: it "
                        + "sent to " + destination.ref() + ", which no longer exists");
            }
        }
        List<CompletableFuture<StagedSends>> staged = new ArrayList<>(sends.size());
        sends.forEach((destination, messages) -> staged.add(destination.stage(messages, origin)));
        List<AckRange> acked = List.copyOf(acks);
        List<CompletableFuture<List<StoreOp>>> ackOps = acked.stream()
                .map(a -> a.consumer.stageAcknowledge(a.first, a.last)).toList();
        clear();
        List<CompletableFuture<?>> all = new ArrayList<>(staged);
        all.addAll(ackOps);
        return CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]))
                .thenCompose(ready -> write(store, staged, ackOps))
                .handle((ok, error) -> error)
                .thenCompose(error -> error == null ? apply(staged, acked) : fail(staged, acked, error));
    }

    private static CompletableFuture<Void> write(MessageStore store, List<CompletableFuture<StagedSends>> staged,
            List<CompletableFuture<List<StoreOp>>> ackOps) {
        List<StoreOp> ops = new ArrayList<>();
        staged.forEach(s -> ops.addAll(s.join().ops()));
        ackOps.forEach(a -> ops.addAll(a.join()));
        return ops.isEmpty() ? CompletableFuture.completedFuture(null) : store.submit(ops);
    }

    private static CompletableFuture<Void> apply(List<CompletableFuture<StagedSends>> staged, List<AckRange> acked) {
        List<CompletableFuture<Void>> applied = new ArrayList<>(staged.size() + acked.size());
        staged.forEach(s -> applied.add(s.join().apply()));
        for (AckRange a : acked) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            a.consumer.commitAcknowledge(a.first, a.last, () -> done.complete(null));
            applied.add(done);
        }
        return CompletableFuture.allOf(applied.toArray(new CompletableFuture<?>[0]));
    }

    /** The list was not written: nothing of the transaction happened; closed consumers' deliveries go back. */
    private static CompletableFuture<Void> fail(List<CompletableFuture<StagedSends>> staged, List<AckRange> acked,
            Throwable error) {
        staged.forEach(s -> s.thenAccept(StagedSends::discard));
        acked.forEach(a -> a.consumer.returnIfClosed());
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return CompletableFuture.failedFuture(new BrokerException(ErrorCode.TRANSACTION_ROLLED_BACK,
                "the transaction was rolled back: the broker could not store it: " + cause.getMessage()));
    }

    /**
     * Forgets the sends and the acknowledgements. Deliveries acknowledged by consumers that are still open stay
     * in flight to them (the client takes them back with {@code RECOVER}); those of consumers already
     * {@code closed} go back to their queue or subscription, marked redelivered.
     */
    public void rollback(Predicate<RemoteConsumer> closed) {
        Set<RemoteConsumer> consumers = Collections.newSetFromMap(new IdentityHashMap<>());
        acks.forEach(a -> consumers.add(a.consumer));
        for (RemoteConsumer consumer : consumers) {
            if (closed.test(consumer)) {
                consumer.recover(Long.MAX_VALUE, null);
            }
        }
        clear();
    }

    /** The buffered sends by destination, in first-send order, each list in send order; read-only (XA prepare). */
    public Map<Destination, List<WireMessage>> sends() {
        return Collections.unmodifiableMap(sends);
    }

    /** Sees one buffered acknowledgement. */
    @FunctionalInterface
    public interface AckVisitor {
        void visit(RemoteConsumer consumer, long first, long last);
    }

    /** Shows every buffered acknowledgement, in order (XA prepare). */
    public void forEachAck(AckVisitor visitor) {
        acks.forEach(a -> visitor.visit(a.consumer, a.first, a.last));
    }

    /** True when the transaction has done nothing yet. */
    public boolean isEmpty() {
        return sends.isEmpty() && acks.isEmpty();
    }

    private void clear() {
        sends.clear();
        acks.clear();
        refusal = null;
    }
}
