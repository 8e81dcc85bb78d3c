package dev.petrel.broker.tx;

import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.destination.MessageOrigin;
import dev.petrel.broker.destination.RemoteConsumer;
import dev.petrel.broker.destination.StagedSends;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An XA branch's work taken by its destinations without being shown: the staged sends and acknowledgements of
 * every association (and, for a branch restored after a restart, its sends read back from the store), with the
 * store ops that make them durable. Exactly one of {@link #apply} and {@link #discard} follows.
 *
 * <p>Threads: built and used by whichever connection completes the branch, under the branch's rules (one
 * completion at a time); the destinations and consumers it talks to are thread-safe.
 */
final class StagedBranch {

    /** What the sends of a branch restored from the store carry for no-local subscriptions. */
    static final MessageOrigin RECOVERED = new MessageOrigin("xa-recovered", null);

    private record StagedAck(RemoteConsumer consumer, long first, long last, CompletableFuture<List<StoreOp>> ops) {
    }

    private final List<CompletableFuture<StagedSends>> sends = new ArrayList<>();
    private final List<StagedAck> acks = new ArrayList<>();

    private StagedBranch() {
    }

    /** Stages the work; completes once every destination and consumer has staged its part. */
    static CompletableFuture<StagedBranch> stage(List<BranchWork> works, List<WireMessage> restoredSends,
            DestinationRegistry destinations) {
        StagedBranch staged = new StagedBranch();
        for (BranchWork work : works) {
            work.tx().sends().forEach((d, messages) -> staged.sends.add(d.stage(messages, work.origin())));
            work.tx().forEachAck((consumer, first, last) -> staged.acks.add(
                    new StagedAck(consumer, first, last, consumer.stageAcknowledge(first, last))));
        }
        Map<DestinationRef, List<WireMessage>> byDestination = new LinkedHashMap<>();
        restoredSends.forEach(m -> byDestination.computeIfAbsent(m.destination(), r -> new ArrayList<>()).add(m));
        byDestination.forEach((ref, messages) -> staged.sends.add(
                destinations.lookup(ref).stage(messages, RECOVERED)));
        List<CompletableFuture<?>> all = new ArrayList<>(staged.sends);
        staged.acks.forEach(a -> all.add(a.ops));
        return CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).thenApply(ready -> staged);
    }

    /** Every store op of the branch, sends first (only once staged). */
    List<StoreOp> ops() {
        List<StoreOp> ops = new ArrayList<>();
        sends.forEach(s -> ops.addAll(s.join().ops()));
        acks.forEach(a -> ops.addAll(a.ops.join()));
        return ops;
    }

    /** The ops are durable: the messages become visible and the acknowledged deliveries go. */
    CompletableFuture<Void> apply() {
        List<CompletableFuture<Void>> applied = new ArrayList<>();
        sends.forEach(s -> applied.add(s.join().apply()));
        for (StagedAck a : acks) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            a.consumer.commitAcknowledge(a.first, a.last, () -> done.complete(null));
            applied.add(done);
        }
        return CompletableFuture.allOf(applied.toArray(new CompletableFuture<?>[0]));
    }

    /** Nothing happens: staged messages are dropped, deliveries of consumers closed meanwhile go back. */
    void discard() {
        sends.forEach(s -> s.thenAccept(StagedSends::discard));
        acks.forEach(a -> a.consumer.returnIfClosed());
    }
}
