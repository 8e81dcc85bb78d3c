package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import java.util.List;

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

    /**
     * Takes a message; {@code onAccepted} runs once the destination holds it (what a producer's receipt
     * waits for). A message whose delivery time is in the future stays invisible until then.
     */
    default void send(WireMessage message, MessageOrigin origin, Runnable onAccepted) {
        sendAll(List.of(message), origin, onAccepted);
    }

    /**
     * Takes messages that become visible together and in this order (a transaction's sends to this
     * destination); {@code onAccepted} runs once the destination holds them all.
     */
    void sendAll(List<WireMessage> messages, MessageOrigin origin, Runnable onAccepted);

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
