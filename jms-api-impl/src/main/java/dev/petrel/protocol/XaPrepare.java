package dev.petrel.protocol;

/**
 * Prepares a branch ({@code XAResource.prepare}): the broker makes its work durable, without applying it.
 *
 * @param requestId answered by {@link XaResult}: {@code XA_OK}, {@code XA_RDONLY} (3) for a branch that did
 *                  nothing (it is then forgotten), an {@code XA_RB*} code when it was rolled back, or an error
 * @param xid       the branch
 */
public record XaPrepare(int requestId, WireXid xid) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.XA_PREPARE;
    }

    @Override
    public void writeBody(FrameWriter w) {
        xid.write(w);
    }

    static XaPrepare read(int requestId, FrameReader r) {
        return new XaPrepare(requestId, WireXid.read(r));
    }
}
