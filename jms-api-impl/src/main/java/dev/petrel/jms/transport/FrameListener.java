package dev.petrel.jms.transport;

import dev.petrel.protocol.DecodeFailure;
import dev.petrel.protocol.Frame;

/**
 * Receives what a {@link Transport} reads. Called on the transport's IO thread, one call at a time and in
 * wire order; an implementation must not block.
 */
public interface FrameListener {

    /** A frame arrived. */
    void onFrame(Frame frame);

    /**
     * The transport is closed and will deliver nothing more; called exactly once.
     *
     * @param cause why: a {@link TransportClosedException} naming the reason, or null after {@link Transport#close()}
     */
    void onClosed(TransportClosedException cause);

    /** The broker sent bytes that are not a valid frame; the transport closes right after this call. */
    default void onDecodeFailure(DecodeFailure failure) {
    }
}
