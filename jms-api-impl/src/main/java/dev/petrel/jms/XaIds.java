package dev.petrel.jms;

import dev.petrel.protocol.WireXid;
import java.util.Arrays;
import javax.transaction.xa.XAException;
import javax.transaction.xa.Xid;

/**
 * Converts between a transaction manager's {@link Xid} and the protocol's {@link WireXid}; the Xids handed back
 * by {@code recover} are {@link RecoveredXid} values, equal by content.
 */
final class XaIds {

    private XaIds() {
    }

    /** The wire form of {@code xid}; XAER_INVAL for null or an id longer than XA allows. */
    static WireXid toWire(Xid xid) throws XAException {
        if (xid == null) {
            throw XaErrors.of(XAException.XAER_INVAL, "the Xid is null");
        }
        try {
            return new WireXid(xid.getFormatId(), xid.getGlobalTransactionId(), xid.getBranchQualifier());
        } catch (IllegalArgumentException e) {
            throw XaErrors.of(XAException.XAER_INVAL, e.getMessage());
        }
    }

    static Xid fromWire(WireXid xid) {
        return new RecoveredXid(xid.formatId(), xid.globalTransactionId(), xid.branchQualifier());
    }

    /** An Xid the broker reported; immutable, equal to another with the same content. */
    static final class RecoveredXid implements Xid {

        private final int formatId;
        private final byte[] gtrid;
        private final byte[] bqual;

        RecoveredXid(int formatId, byte[] gtrid, byte[] bqual) {
            this.formatId = formatId;
            this.gtrid = gtrid.clone();
            this.bqual = bqual.clone();
        }

        @Override
        public int getFormatId() {
            return formatId;
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return gtrid.clone();
        }

        @Override
        public byte[] getBranchQualifier() {
            return bqual.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Xid x && formatId == x.getFormatId()
                    && Arrays.equals(gtrid, x.getGlobalTransactionId()) && Arrays.equals(bqual, x.getBranchQualifier());
        }

        @Override
        public int hashCode() {
            return 31 * (31 * formatId + Arrays.hashCode(gtrid)) + Arrays.hashCode(bqual);
        }

        @Override
        public String toString() {
            return new WireXid(formatId, gtrid, bqual).toString();
        }
    }
}
