package dev.petrel.broker.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Appends big-endian primitives, length-prefixed strings and byte arrays to a growing buffer. The same
 * values always give the same bytes. Not thread-safe: one encoding, one thread.
 */
final class OpWriter {

    /** Length written for a null string or array. */
    static final int NULL_LENGTH = -1;

    private byte[] buffer;
    private int size;

    OpWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    OpWriter writeByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    OpWriter writeBoolean(boolean value) {
        return writeByte(value ? 1 : 0);
    }

    OpWriter writeInt(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    OpWriter writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    OpWriter writeString(String value) {
        return writeBytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    OpWriter writeBytes(byte[] value) {
        if (value == null) {
            return writeInt(NULL_LENGTH);
        }
        writeInt(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, buffer, size, value.length);
        size += value.length;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
