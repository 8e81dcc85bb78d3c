package dev.petrel.broker.tx;

import javax.transaction.xa.XAException;

/**
 * An XA request refused with an XA code ({@link XAException}'s {@code XAER_*} or {@code XA_RB*} numbers),
 * which the connection answers as the code of an {@code XA_RESULT}. XA codes are not protocol
 * {@link dev.petrel.protocol.ErrorCode}s.
 */
public final class XaFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int xaCode;

    public XaFailure(int xaCode, String message) {
        super(message);
        this.xaCode = xaCode;
    }

    public int xaCode() {
        return xaCode;
    }

    static XaFailure unknown(Object xid) {
        return new XaFailure(XAException.XAER_NOTA, "no branch " + xid + " on this broker");
    }

    static XaFailure protocol(String message) {
        return new XaFailure(XAException.XAER_PROTO, message);
    }
}
