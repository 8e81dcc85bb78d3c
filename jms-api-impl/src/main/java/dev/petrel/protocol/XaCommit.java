package dev.petrel.protocol;

/**
 * Commits a branch ({@code XAResource.commit}) from any connection to the broker.
 *
 * @param requestId answered by {@link XaResult}
 * @param xid       the branch
 * @param onePhase  true to commit an unprepared (idle) branch in one step; false for a prepared one
 */
public record XaCommit(int requestId, WireXid xid, boolean onePhase) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.XA_COMMIT;
    }

    @Override
    public void writeBody(FrameWriter w) {
        xid.write(w);
        w.writeBoolean(onePhase);
    }

    static XaCommit read(int requestId, FrameReader r) {
        return new XaCommit(requestId, WireXid.read(r), r.readBoolean("one phase"));
    }
}
