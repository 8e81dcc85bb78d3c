package dev.petrel.broker.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.transaction.xa.Xid;

/** A transaction manager's Xid for tests: format id 4711, the given global id, branch qualifier "b". */
record TestXid(String gtrid, String bqual) implements Xid {

    TestXid(String gtrid) {
        this(gtrid, "b");
    }

    @Override
    public int getFormatId() {
        return 4711;
    }

    @Override
    public byte[] getGlobalTransactionId() {
        return gtrid.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] getBranchQualifier() {
        return bqual.getBytes(StandardCharsets.UTF_8);
    }

    /** True when {@code xids} holds an Xid with this one's content. */
    boolean in(Xid[] xids) {
        return Arrays.stream(xids).anyMatch(x -> x.getFormatId() == getFormatId()
                && Arrays.equals(x.getGlobalTransactionId(), getGlobalTransactionId())
                && Arrays.equals(x.getBranchQualifier(), getBranchQualifier()));
    }
}
