package dev.petrel.protocol;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A global transaction branch id (an XA {@code Xid}) as it travels: the format id, the global transaction id
 * (1 to 64 bytes) and the branch qualifier (0 to 64 bytes). Compared by content, so it can key a map; the
 * arrays are copied in and out.
 *
 * <p>On the wire: {@code int} format id, then gtrid and bqual as {@code bytes}.
 */
public record WireXid(int formatId, byte[] globalTransactionId, byte[] branchQualifier) {

    /** The XA limit for both parts ({@code Xid.MAXGTRIDSIZE}, {@code Xid.MAXBQUALSIZE}). */
    public static final int MAX_PART = 64;

    public WireXid {
        if (formatId == -1) {
            throw new IllegalArgumentException("format id -1 is the null Xid, which names no branch");
        }
        check("global transaction id", globalTransactionId, 1);
        check("branch qualifier", branchQualifier, 0);
        globalTransactionId = globalTransactionId.clone();
        branchQualifier = branchQualifier.clone();
    }

    private static void check(String what, byte[] part, int min) {
        if (part == null || part.length < min || part.length > MAX_PART) {
            throw new IllegalArgumentException("an Xid's " + what + " has " + min + " to " + MAX_PART
                    + " bytes, not " + (part == null ? "null" : part.length));
        }
    }

    @Override
    public byte[] globalTransactionId() {
        return globalTransactionId.clone();
    }

    @Override
    public byte[] branchQualifier() {
        return branchQualifier.clone();
    }

    /** The id as one byte string: format id, gtrid length, gtrid, bqual (a store key). */
    public byte[] toBytes() {
        byte[] out = new byte[5 + globalTransactionId.length + branchQualifier.length];
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) (formatId >>> (24 - 8 * i));
        }
        out[4] = (byte) globalTransactionId.length;
        System.arraycopy(globalTransactionId, 0, out, 5, globalTransactionId.length);
        System.arraycopy(branchQualifier, 0, out, 5 + globalTransactionId.length, branchQualifier.length);
        return out;
    }

    /** The inverse of {@link #toBytes()}. */
    public static WireXid fromBytes(byte[] bytes) {
        if (bytes.length < 6 || bytes.length < 5 + (bytes[4] & 0xFF)) {
            throw new IllegalArgumentException("not an encoded Xid: " + bytes.length + " bytes");
        }
        int formatId = (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF;
        int gtridEnd = 5 + (bytes[4] & 0xFF);
        return new WireXid(formatId, Arrays.copyOfRange(bytes, 5, gtridEnd),
                Arrays.copyOfRange(bytes, gtridEnd, bytes.length));
    }

    void write(FrameWriter w) {
        w.writeInt(formatId).writeBytes(globalTransactionId).writeBytes(branchQualifier);
    }

    static WireXid read(FrameReader r) {
        int formatId = r.readInt("xid format id");
        byte[] gtrid = r.readBytes("xid global transaction id");
        byte[] bqual = r.readBytes("xid branch qualifier");
        try {
            return new WireXid(formatId, gtrid, bqual);
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException(e.getMessage());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WireXid x && formatId == x.formatId
                && Arrays.equals(globalTransactionId, x.globalTransactionId)
                && Arrays.equals(branchQualifier, x.branchQualifier);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * formatId + Arrays.hashCode(globalTransactionId)) + Arrays.hashCode(branchQualifier);
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return formatId + ":" + hex.formatHex(globalTransactionId) + ":" + hex.formatHex(branchQualifier);
    }
}
