package dev.petrel.broker.store;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The identity of a prepared transaction branch as the transaction layer encodes it (for XA: format id,
 * global transaction id and branch qualifier). Opaque to the store; compared by content.
 */
public record TxId(byte[] bytes) {

    /** Longest id accepted: an XA id is at most 4 + 64 + 64 bytes plus a small header. */
    public static final int MAX_LENGTH = 256;

    public TxId {
        if (bytes.length == 0 || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a transaction id has 1 to " + MAX_LENGTH + " bytes, not "
                    + bytes.length);
        }
        bytes = bytes.clone();
    }

    /** The id's bytes (a copy). */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TxId t && Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TxId[" + HexFormat.of().formatHex(bytes) + "]";
    }
}
