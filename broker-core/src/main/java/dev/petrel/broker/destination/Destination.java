package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A queue or a topic. Every method may be called from any thread; the work runs on the destination's own
 * executor, and the callbacks run there too. Consumers leave through {@link RemoteConsumer#close}.
 */
public interface Destination {

    DestinationRef ref();

    /**
     * The broker's id of the connection that owns this temporary destination (only it may consume from it),
     * or null for a destination anyone may use.
     */
    String owner();

    /** The bytes of message data it holds in memory, against its limit and the broker's (flow control). */
    MemoryAccount memory();

    /**
     * Takes a message; {@code onAccepted} runs once the destination holds it (what a producer's receipt
     * waits for), which for a persistent message means once it is on disk. A message whose delivery time is in
     * the future stays invisible until then. On a store failure {@code onAccepted} does not run; use
     * {@link #sendAll} to learn of it.
     */
    default void send(WireMessage message, MessageOrigin origin, Runnable onAccepted) {
        sendAll(List.of(message), origin).thenRun(onAccepted);
    }

    /**
     * Takes messages that become visible together and in this order.
     *
     * @return completes once the destination holds them all (persistent ones on disk), or exceptionally with a
     *         {@link dev.petrel.broker.BrokerException} when the store could not write them; then none was taken
     */
    CompletableFuture<Void> sendAll(List<WireMessage> messages, MessageOrigin origin);

    /**
     * Takes messages for a transaction's commit without storing or showing them: the returned
     * {@link StagedSends} carries the store ops; the caller writes them (with the rest of the transaction) and
     * then applies or discards.
     */
    CompletableFuture<StagedSends> stage(List<WireMessage> messages, MessageOrigin origin);

    /**
     * Registers a queue consumer or a plain (non-durable, unshared) topic subscriber that starts with the
     * spec's prefetch as credit, and returns its handle at once; deliveries start on the destination's
     * executor.
     */
    RemoteConsumer addConsumer(ConsumerSpec spec);

    /**
     * Opens a browser over a snapshot of the waiting messages its filter matches.
     *
     * @throws dev.petrel.broker.BrokerException INVALID_DESTINATION for a topic
     */
    RemoteConsumer browse(ConsumerSpec spec);

    /** Drops every message and timer of a deleted temporary destination; its consumers are already gone. */
    void delete();
}
