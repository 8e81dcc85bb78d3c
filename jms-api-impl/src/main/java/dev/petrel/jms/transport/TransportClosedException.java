package dev.petrel.jms.transport;

import java.io.IOException;

/** Why a transport closed without being asked to: the peer went away, went silent, or sent garbage. */
public final class TransportClosedException extends IOException {

    private static final long serialVersionUID = 1L;

    public TransportClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
