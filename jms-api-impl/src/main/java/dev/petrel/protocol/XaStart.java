package dev.petrel.protocol;

/**
 * Associates a session with a transaction branch ({@code XAResource.start}): from now until {@link XaEnd}
 * the session's sends and acknowledgements belong to the branch.
 *
 * @param requestId      answered by {@link XaResult}: {@code XA_OK}, or an XA error code
 * @param sessionId      the session (not transacted) that does the work
 * @param xid            the branch
 * @param flags          {@code TMNOFLAGS} (0) for a new branch, {@code TMJOIN} (0x200000) to join a known one,
 *                       {@code TMRESUME} (0x8000000) to resume a suspended association
 * @param timeoutSeconds how long the branch may live before it is prepared; 0 = the broker's default
 */
public record XaStart(int requestId, long sessionId, WireXid xid, int flags, int timeoutSeconds) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.XA_START;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(sessionId);
        xid.write(w);
        w.writeInt(flags).writeInt(timeoutSeconds);
    }

    static XaStart read(int requestId, FrameReader r) {
        long sessionId = r.readLong("session id");
        WireXid xid = WireXid.read(r);
        int flags = r.readInt("flags");
        int timeout = r.readInt("timeout");
        if (timeout < 0) {
            throw new MalformedFrameException("transaction timeout must not be negative, was " + timeout);
        }
        return new XaStart(requestId, sessionId, xid, flags, timeout);
    }
}
