package dev.petrel.broker.tx;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.destination.Destination;
import dev.petrel.broker.destination.MessageOrigin;
import dev.petrel.broker.destination.RemoteConsumer;
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
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * The current transaction of one transacted session: the messages it sent and the deliveries it
 * acknowledged, held back until {@link #commit} applies them or {@link #rollback} forgets them. A new
 * transaction starts as soon as one ends. Owned by the event loop of the session's connection.
 */
public final class LocalTransaction {

    private record AckRange(RemoteConsumer consumer, long first, long last) {
    }

    /** Sends by destination, each list in send order; destinations in the order first sent to. */
    private final Map<Destination, List<WireMessage>> sends = new LinkedHashMap<>();
    private final List<AckRange> acks = new ArrayList<>();

    /** Buffers a send; nobody sees the message before commit. */
    public void send(Destination destination, WireMessage message) {
        sends.computeIfAbsent(destination, d -> new ArrayList<>()).add(message);
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
     * The one place where a local transaction commits (the store will write it as one batch here): every
     * destination takes its messages in one task, so they become visible together and in send order; then the
     * acknowledgements take effect. Completes once all of it is applied.
     *
     * @param live   whether a destination still exists (a temporary one may have been deleted)
     * @param origin the sending connection
     * @param closed whether a consumer has been closed (for the rollback when the commit cannot apply)
     * @throws BrokerException TRANSACTION_ROLLED_BACK, with the transaction rolled back, when a destination it
     *                         sent to no longer exists
     */
    public CompletableFuture<Void> commit(Predicate<Destination> live, MessageOrigin origin,
            Predicate<RemoteConsumer> closed) {
        for (Destination destination : sends.keySet()) {
            if (!live.test(destination)) {
                rollback(closed);
                throw new BrokerException(ErrorCode.TRANSACTION_ROLLED_BACK, "the transaction was rolled back: it "
                        + "sent to " + destination.ref() + ", which no longer exists");
            }
        }
        List<CompletableFuture<Void>> applied = new ArrayList<>(sends.size() + acks.size());
        sends.forEach((destination, messages) -> destination.sendAll(messages, origin, done(applied)));
        acks.forEach(a -> a.consumer.acknowledge(a.first, a.last, done(applied)));
        clear();
        return CompletableFuture.allOf(applied.toArray(new CompletableFuture<?>[0]));
    }

    private static Runnable done(List<CompletableFuture<Void>> applied) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        applied.add(future);
        return () -> future.complete(null);
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

    /** True when the transaction has done nothing yet. */
    public boolean isEmpty() {
        return sends.isEmpty() && acks.isEmpty();
    }

    private void clear() {
        sends.clear();
        acks.clear();
    }
}
