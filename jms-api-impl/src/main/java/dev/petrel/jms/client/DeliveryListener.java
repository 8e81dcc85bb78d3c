package dev.petrel.jms.client;

import dev.petrel.protocol.Deliver;

/**
 * Receives the deliveries of one consumer, on the connection's IO thread, in order. An implementation queues
 * the delivery and returns at once; it must never block or call back into the client.
 */
@FunctionalInterface
public interface DeliveryListener {

    void onDeliver(Deliver delivery);

    /** A browser has seen the last message of its snapshot ({@code BROWSE_END}); other consumers never get it. */
    default void onBrowseEnd() {
    }
}
