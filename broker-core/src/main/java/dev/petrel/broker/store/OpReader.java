package dev.petrel.broker.store;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link OpWriter} wrote, refusing truncated or inconsistent input with a
 * {@link StoreException} that names the field. Not thread-safe: one decoding, one thread.
 */
final class OpReader {

    private final ByteBuffer in;

    OpReader(byte[] bytes) {
        this.in = ByteBuffer.wrap(bytes);
    }

    byte readByte(String field) {
        try {
            return in.get();
        } catch (BufferUnderflowException e) {
            throw truncated(field);
        }
    }

    boolean readBoolean(String field) {
        byte b = readByte(field);
        if (b != 0 && b != 1) {
            throw new StoreException("corrupt store batch: " + field + " is " + b + ", not a boolean");
        }
        return b == 1;
    }

    int readInt(String field) {
        try {
            return in.getInt();
        } catch (BufferUnderflowException e) {
            throw truncated(field);
        }
    }

    long readLong(String field) {
        try {
            return in.getLong();
        } catch (BufferUnderflowException e) {
            throw truncated(field);
        }
    }

    String readString(String field) {
        byte[] bytes = readBytes(field);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    String readRequiredString(String field) {
        String value = readString(field);
        if (value == null) {
            throw new StoreException("corrupt store batch: " + field + " is missing");
        }
        return value;
    }

    byte[] readBytes(String field) {
        int length = readInt(field + " length");
        if (length == OpWriter.NULL_LENGTH) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new StoreException("corrupt store batch: " + field + " claims " + length + " bytes, "
                    + in.remaining() + " left");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    boolean hasRemaining() {
        return in.hasRemaining();
    }

    private StoreException truncated(String field) {
        return new StoreException("corrupt store batch: truncated before " + field);
    }
}
