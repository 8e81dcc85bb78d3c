package dev.petrel.protocol;

/**
 * Why a request failed, as carried by an {@code ERROR} frame. The client maps each code to one JMS exception
 * type in exactly one place; the broker raises them as values, never as free text alone.
 */
public enum ErrorCode {
    /** A code this side does not know (sent by a newer peer). */
    UNKNOWN(0),
    PROTOCOL_VERSION_MISMATCH(1),
    MALFORMED_FRAME(2),
    FRAME_TOO_LARGE(3),
    /** A frame other than {@code HELLO} arrived before the handshake completed, or the handshake timed out. */
    HANDSHAKE_REQUIRED(4),
    INVALID_DESTINATION(10),
    INVALID_SELECTOR(11),
    SECURITY(12),
    INVALID_CLIENT_ID(13),
    ILLEGAL_STATE(14),
    RESOURCE_ALLOCATION(15),
    TRANSACTION_ROLLED_BACK(16),
    TRANSACTION_IN_PROGRESS(17),
    MESSAGE_FORMAT(18),
    /** The request named a session, producer or consumer id the broker does not know. */
    UNKNOWN_RESOURCE(19),
    /** This broker is a slave; the client should try another member of its failover list. */
    NOT_MASTER(20),
    INTERNAL(99);

    private static final ErrorCode[] BY_WIRE = new ErrorCode[100];

    static {
        for (ErrorCode code : values()) {
            BY_WIRE[code.wire] = code;
        }
    }

    private final int wire;

    ErrorCode(int wire) {
        this.wire = wire;
    }

    /** The code's number on the wire. */
    public int wire() {
        return wire;
    }

    /** The code for a wire number; numbers this version does not know become {@link #UNKNOWN}. */
    public static ErrorCode fromWire(int wire) {
        ErrorCode code = wire >= 0 && wire < BY_WIRE.length ? BY_WIRE[wire] : null;
        return code == null ? UNKNOWN : code;
    }
}
