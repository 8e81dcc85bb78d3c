package dev.petrel.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to every XA request: an XA return or error code as {@code javax.transaction.xa} numbers it
 * ({@code XA_OK} 0, {@code XA_RDONLY} 3, {@code XA_RETRY} 4, {@code XA_RB*} 100 to 107, {@code XAER_*} -3 to
 * -9), and for {@link XaRecover} the prepared branches. XA codes are their own value space: they are not
 * {@link ErrorCode}s and never travel in an {@link ErrorFrame}.
 *
 * @param requestId the request's id
 * @param xaCode    the outcome
 * @param xids      the branches (only for {@code XA_RECOVER}; empty otherwise)
 */
public record XaResult(int requestId, int xaCode, List<WireXid> xids) implements Frame {

    /** The smallest encoding of one xid: format id and two empty lengths. */
    private static final int MIN_XID_BYTES = 12;

    public XaResult {
        xids = List.copyOf(xids);
    }

    /** An answer with no xids. */
    public XaResult(int requestId, int xaCode) {
        this(requestId, xaCode, List.of());
    }

    @Override
    public FrameType type() {
        return FrameType.XA_RESULT;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeInt(xaCode).writeInt(xids.size());
        xids.forEach(x -> x.write(w));
    }

    static XaResult read(int requestId, FrameReader r) {
        int code = r.readInt("xa code");
        int count = r.readCount("xid count", MIN_XID_BYTES);
        List<WireXid> xids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            xids.add(WireXid.read(r));
        }
        return new XaResult(requestId, code, xids);
    }
}
