package dev.petrel.protocol;

/**
 * Every frame type with its code on the wire and its decoder: the one table of the protocol. A type added in
 * a later protocol version is a new constant here; a field added to an existing type is read only when
 * {@link FrameReader#version()} allows it.
 */
public enum FrameType {
    HELLO(1, Hello::read),
    HELLO_OK(2, HelloOk::read),
    HEARTBEAT(3, (id, r) -> Heartbeat.INSTANCE),
    ERROR(4, ErrorFrame::read),
    OK(5, (id, r) -> new Ok(id)),
    CREATE_SESSION(6, CreateSession::read),
    CLOSE_SESSION(7, CloseSession::read),
    CREATE_PRODUCER(8, CreateProducer::read),
    CLOSE_PRODUCER(9, CloseProducer::read),
    CREATE_CONSUMER(10, CreateConsumer::read),
    CLOSE_CONSUMER(11, CloseConsumer::read),
    SEND(12, Send::read),
    DELIVER(13, Deliver::read),
    ACK(14, Ack::read),
    CREDIT(15, Credit::read),
    DRAIN(16, Drain::read),
    CLOSE(17, (id, r) -> new Close(id)),
    COMMIT(18, Commit::read),
    ROLLBACK(19, Rollback::read),
    RECOVER(20, Recover::read),
    SET_CLIENT_ID(21, SetClientId::read),
    UNSUBSCRIBE(22, Unsubscribe::read),
    CREATE_DESTINATION(23, CreateDestination::read),
    DELETE_DESTINATION(24, DeleteDestination::read),
    BROWSE_END(25, BrowseEnd::read),
    XA_START(26, XaStart::read),
    XA_END(27, XaEnd::read),
    XA_PREPARE(28, XaPrepare::read),
    XA_COMMIT(29, XaCommit::read),
    XA_ROLLBACK(30, XaRollback::read),
    XA_RECOVER(31, (id, r) -> new XaRecover(id)),
    XA_FORGET(32, XaForget::read),
    XA_RESULT(33, XaResult::read);

    /** Reads one frame's fields; the request id comes from the frame header. */
    @FunctionalInterface
    interface Decoder {
        Frame read(int requestId, FrameReader r);
    }

    private static final FrameType[] BY_CODE = new FrameType[256];

    static {
        for (FrameType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;
    private final Decoder decoder;

    FrameType(int code, Decoder decoder) {
        this.code = code;
        this.decoder = decoder;
    }

    public int code() {
        return code;
    }

    Frame decode(int requestId, FrameReader r) {
        Frame frame = decoder.read(requestId, r);
        r.expectEnd(this);
        return frame;
    }

    /** The type for a code, or null when the code names no frame type. */
    static FrameType fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
