package dev.petrel.protocol;

import java.io.IOException;

/** Raised by {@link HeartbeatHandler} when the peer sent nothing for the whole heartbeat timeout. */
public final class PeerSilentException extends IOException {

    private static final long serialVersionUID = 1L;

    public PeerSilentException(String message) {
        super(message);
    }
}
