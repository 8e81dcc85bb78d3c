package dev.petrel.protocol;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of one frame body from a buffer that holds exactly that body. Every read checks the bytes
 * left first, so a short or lying frame fails with {@link MalformedFrameException}, never with a buffer
 * exception.
 */
public final class FrameReader {

    private final ByteBuf buf;
    private final int version;
    /** What its connection's decoder read last, or null for a reader of bytes that are not a connection's. */
    private final RecentDestination recent;

    public FrameReader(ByteBuf buf, int version) {
        this(buf, version, null);
    }

    FrameReader(ByteBuf buf, int version, RecentDestination recent) {
        this.buf = buf;
        this.version = version;
        this.recent = recent;
    }

    /** The protocol version agreed with the peer; optional fields read only when it is high enough. */
    public int version() {
        return version;
    }

    private void need(int bytes, String what) {
        if (buf.readableBytes() < bytes) {
            throw new MalformedFrameException(
                    "frame ends inside " + what + ": needs " + bytes + " bytes, has " + buf.readableBytes());
        }
    }

    public byte readByte(String what) {
        need(1, what);
        return buf.readByte();
    }

    public boolean readBoolean(String what) {
        byte b = readByte(what);
        if (b != 0 && b != 1) {
            throw new MalformedFrameException(what + " must be 0 or 1, was " + b);
        }
        return b == 1;
    }

    public short readShort(String what) {
        need(2, what);
        return buf.readShort();
    }

    public char readChar(String what) {
        need(2, what);
        return buf.readChar();
    }

    public int readInt(String what) {
        need(4, what);
        return buf.readInt();
    }

    public long readLong(String what) {
        need(8, what);
        return buf.readLong();
    }

    public float readFloat(String what) {
        need(4, what);
        return buf.readFloat();
    }

    public double readDouble(String what) {
        need(8, what);
        return buf.readDouble();
    }

    /** A length that must fit in the rest of the frame; -1 stands for null. */
    private int readLength(String what) {
        int length = readInt(what);
        if (length < -1 || length > buf.readableBytes()) {
            throw new MalformedFrameException(
                    what + " claims " + length + " bytes but the frame has " + buf.readableBytes() + " left");
        }
        return length;
    }

    /** A UTF-8 string, or null. */
    public String readString(String what) {
        int length = readLength(what);
        if (length < 0) {
            return null;
        }
        String s = buf.toString(buf.readerIndex(), length, StandardCharsets.UTF_8);
        buf.skipBytes(length);
        return s;
    }

    /**
     * Reads the string next if it is the one whose UTF-8 bytes are {@code utf8}; else reads nothing.
     *
     * @return whether it was
     */
    boolean skipStringIfEqual(byte[] utf8) {
        int at = buf.readerIndex();
        if (buf.readableBytes() < 4 + utf8.length || buf.getInt(at) != utf8.length) {
            return false;
        }
        for (int i = 0; i < utf8.length; i++) {
            if (buf.getByte(at + 4 + i) != utf8[i]) {
                return false;
            }
        }
        buf.skipBytes(4 + utf8.length);
        return true;
    }

    /** The destination of that kind whose name is next: the one read last when it is the same again. */
    DestinationRef readDestination(DestinationRef.Kind kind, String what) {
        DestinationRef same = recent == null ? null : recent.reuse(kind, this);
        if (same != null) {
            return same;
        }
        DestinationRef read = new DestinationRef(kind, readRequiredString(what));
        if (recent != null) {
            recent.remember(read);
        }
        return read;
    }

    /** A string that the frame's meaning requires. */
    public String readRequiredString(String what) {
        String s = readString(what);
        if (s == null) {
            throw new MalformedFrameException(what + " is required but was null");
        }
        return s;
    }

    /** A byte array, or null. */
    public byte[] readBytes(String what) {
        int length = readLength(what);
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        buf.readBytes(bytes);
        return bytes;
    }

    /**
     * Steps over a byte array without copying it: what {@link #readBytes} reads, for a reader that keeps the
     * bytes in place ({@link #bytesSince}).
     *
     * @return its length, -1 for null
     */
    public int skipBytes(String what) {
        int length = readLength(what);
        if (length > 0) {
            buf.skipBytes(length);
        }
        return length;
    }

    /** Where the next read starts, for {@link #bytesSince}. */
    public int position() {
        return buf.readerIndex();
    }

    /** A copy of the bytes read since {@code start}, a {@link #position()} of this reader. */
    public byte[] bytesSince(int start) {
        byte[] bytes = new byte[buf.readerIndex() - start];
        buf.getBytes(start, bytes);
        return bytes;
    }

    /** A count of items that each take at least {@code minItemBytes} bytes, checked against the bytes left. */
    public int readCount(String what, int minItemBytes) {
        int count = readInt(what);
        if (count < 0 || (long) count * minItemBytes > buf.readableBytes()) {
            throw new MalformedFrameException(what + " of " + count + " cannot fit in " + buf.readableBytes()
                    + " remaining bytes");
        }
        return count;
    }

    /** Fails unless every byte of the frame was read: a frame with trailing bytes is not one we understand. */
    public void expectEnd(FrameType type) {
        if (buf.isReadable()) {
            throw new MalformedFrameException(type + " frame has " + buf.readableBytes() + " unexpected trailing bytes");
        }
    }
}
