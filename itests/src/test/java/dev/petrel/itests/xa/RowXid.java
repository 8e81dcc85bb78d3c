package dev.petrel.itests.xa;

import java.util.HexFormat;
import javax.transaction.xa.Xid;

/** An Xid read back from the database: format id, global id and branch qualifier, stored as one text key. */
record RowXid(int formatId, byte[] gtrid, byte[] bqual) implements Xid {

    private static final HexFormat HEX = HexFormat.of();

    static String key(Xid xid) {
        return xid.getFormatId() + ":" + HEX.formatHex(xid.getGlobalTransactionId()) + ":"
                + HEX.formatHex(xid.getBranchQualifier());
    }

    static RowXid parse(String key) {
        String[] parts = key.split(":", -1);
        return new RowXid(Integer.parseInt(parts[0]), HEX.parseHex(parts[1]), HEX.parseHex(parts[2]));
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
}
