package dev.petrel.protocol;

/**
 * Forgets a heuristically completed branch ({@code XAResource.forget}).
 *
 * @param requestId answered by {@link XaResult}: {@code XA_OK}, or {@code XAER_NOTA} for a branch the broker
 *                  does not know
 * @param xid       the branch
 */
public record XaForget(int requestId, WireXid xid) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.XA_FORGET;
    }

    @Override
    public void writeBody(FrameWriter w) {
        xid.write(w);
    }

    static XaForget read(int requestId, FrameReader r) {
        return new XaForget(requestId, WireXid.read(r));
    }
}
