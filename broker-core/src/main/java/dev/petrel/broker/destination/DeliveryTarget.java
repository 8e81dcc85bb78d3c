package dev.petrel.broker.destination;

import dev.petrel.protocol.Frame;

/**
 * Where a consumer's deliveries go: its client connection. Callable from any destination executor; frames
 * written by one executor reach the client in the order written.
 */
public interface DeliveryTarget {

    /** The broker's id of the connection, for no-local subscriptions. */
    String connectionId();

    /** Queues a frame for the client without flushing. */
    void write(Frame frame);

    /** Sends what {@link #write} queued. */
    void flush();
}
