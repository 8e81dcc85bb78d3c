package dev.petrel.broker.store;

import java.util.List;

/**
 * A list of ops in the form that travels: to a slave (HA replication) and into the store itself for a
 * prepared transaction. The encoding is deterministic (the same ops always give the same bytes) and
 * self-contained (decoding needs nothing but the bytes). Immutable.
 *
 * <p>Format: a version byte ({@value #FORMAT_VERSION}), an op count, then each op as a tag byte followed
 * by its fields, big-endian, strings as UTF-8 with an int length ({@code -1} for null).
 */
public record StoreBatch(List<StoreOp> ops) {

    /** The only format so far; a reader refuses any other. */
    public static final int FORMAT_VERSION = 1;

    public StoreBatch {
        ops = List.copyOf(ops);
    }

    public byte[] encode() {
        OpWriter w = new OpWriter(ops.stream().mapToInt(StoreOp::sizeEstimate).sum() + 8);
        w.writeByte(FORMAT_VERSION);
        StoreOpCodec.writeAll(w, ops);
        return w.toByteArray();
    }

    /** @throws StoreException when the bytes are not a complete batch of this format */
    public static StoreBatch decode(byte[] bytes) {
        OpReader r = new OpReader(bytes);
        int version = r.readByte("format version");
        if (version != FORMAT_VERSION) {
            throw new StoreException("store batch format " + version + " is not supported (expected "
                    + FORMAT_VERSION + ")");
        }
        List<StoreOp> ops;
        try {
            ops = StoreOpCodec.readAll(r);
        } catch (IllegalArgumentException e) {
            // Well-formed fields that no op accepts (a prepared transaction holding a queue op, say).
            throw new StoreException("corrupt store batch: " + e.getMessage(), e);
        }
        if (r.hasRemaining()) {
            throw new StoreException("corrupt store batch: bytes left after " + ops.size() + " ops");
        }
        return new StoreBatch(ops);
    }
}
