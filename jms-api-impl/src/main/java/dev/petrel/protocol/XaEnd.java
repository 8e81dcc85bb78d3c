package dev.petrel.protocol;

/**
 * Ends a session's association with a branch ({@code XAResource.end}).
 *
 * @param requestId answered by {@link XaResult}
 * @param sessionId the associated session
 * @param xid       the branch
 * @param flags     {@code TMSUCCESS} (0x4000000), {@code TMFAIL} (0x20000000: the branch may only roll back) or
 *                  {@code TMSUSPEND} (0x2000000: resumed later with {@code TMRESUME})
 */
public record XaEnd(int requestId, long sessionId, WireXid xid, int flags) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.XA_END;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(sessionId);
        xid.write(w);
        w.writeInt(flags);
    }

    static XaEnd read(int requestId, FrameReader r) {
        return new XaEnd(requestId, r.readLong("session id"), WireXid.read(r), r.readInt("flags"));
    }
}
