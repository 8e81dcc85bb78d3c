package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;

/**
 * A queue or a topic. Every method may be called from any thread; the work runs on the destination's own
 * executor, and the callbacks run there too.
 */
public interface Destination {

    DestinationRef ref();

    /**
     * Takes a message; {@code onAccepted} runs once the destination holds it (what a producer's receipt
     * waits for).
     *
     * @param senderConnectionId the broker's id of the sending connection (for no-local)
     */
    void send(WireMessage message, String senderConnectionId, Runnable onAccepted);

    /**
     * Registers a consumer that starts with {@code prefetch} credit and returns its handle at once; deliveries
     * start on the destination's executor.
     */
    RemoteConsumer addConsumer(long consumerId, DeliveryTarget target, int prefetch, boolean noLocal);

    /**
     * Unregisters a consumer; see {@link RemoteConsumer} for what happens to its unacknowledged deliveries.
     * {@code onRemoved} runs once it is gone.
     */
    void removeConsumer(RemoteConsumer consumer, long lastDeliveredId, Runnable onRemoved);
}
