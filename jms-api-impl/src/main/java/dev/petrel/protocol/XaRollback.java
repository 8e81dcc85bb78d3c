package dev.petrel.protocol;

/**
 * Rolls back a branch ({@code XAResource.rollback}) from any connection to the broker.
 *
 * @param requestId answered by {@link XaResult}
 * @param xid       the branch
 */
public record XaRollback(int requestId, WireXid xid) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.XA_ROLLBACK;
    }

    @Override
    public void writeBody(FrameWriter w) {
        xid.write(w);
    }

    static XaRollback read(int requestId, FrameReader r) {
        return new XaRollback(requestId, WireXid.read(r));
    }
}
