package dev.petrel.protocol;

/**
 * One protocol frame. On the wire: a 4-byte length of what follows, the 1-byte {@link FrameType} code, a
 * 4-byte request id and the type's fields. A request that wants an answer carries a non-zero request id; the
 * answer ({@link Ok}, {@link HelloOk}, {@link XaResult} or {@link ErrorFrame}) echoes it. Frames are immutable
 * values.
 */
public sealed interface Frame permits Hello, HelloOk, Heartbeat, ErrorFrame, Ok, CreateSession, CloseSession,
        CreateProducer, CloseProducer, CreateConsumer, CloseConsumer, Send, Deliver, Ack, Credit, Drain, Close, Commit,
        Rollback, Recover, SetClientId, Unsubscribe, CreateDestination, DeleteDestination, BrowseEnd,
        XaStart, XaEnd, XaPrepare, XaCommit, XaRollback, XaRecover, XaForget, XaResult {

    /** The frame's type. */
    FrameType type();

    /** The id that an answer echoes; 0 when no answer is wanted. */
    default int requestId() {
        return 0;
    }

    /** Bytes to make room for when encoding it: about its size, so that its buffer need not grow as it is written. */
    default int sizeHint() {
        return 64;
    }

    /** Writes the type's fields (not the length, type or request id). */
    void writeBody(FrameWriter w);
}
