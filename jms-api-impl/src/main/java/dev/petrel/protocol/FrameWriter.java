package dev.petrel.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/** Writes the fields of one frame body; the mirror of {@link FrameReader}. */
public final class FrameWriter {

    private final ByteBuf buf;

    public FrameWriter(ByteBuf buf) {
        this.buf = buf;
    }

    public FrameWriter writeByte(int b) {
        buf.writeByte(b);
        return this;
    }

    public FrameWriter writeBoolean(boolean b) {
        buf.writeByte(b ? 1 : 0);
        return this;
    }

    public FrameWriter writeShort(int s) {
        buf.writeShort(s);
        return this;
    }

    public FrameWriter writeChar(char c) {
        buf.writeChar(c);
        return this;
    }

    public FrameWriter writeInt(int i) {
        buf.writeInt(i);
        return this;
    }

    public FrameWriter writeLong(long l) {
        buf.writeLong(l);
        return this;
    }

    public FrameWriter writeFloat(float f) {
        buf.writeFloat(f);
        return this;
    }

    public FrameWriter writeDouble(double d) {
        buf.writeDouble(d);
        return this;
    }

    /** A UTF-8 string with its byte length in front; null is length -1. */
    public FrameWriter writeString(String s) {
        if (s == null) {
            buf.writeInt(-1);
            return this;
        }
        int lengthAt = buf.writerIndex();
        buf.writeInt(0);
        int written = ByteBufUtil.writeUtf8(buf, s);
        buf.setInt(lengthAt, written);
        return this;
    }

    /** A byte array with its length in front; null is length -1. */
    public FrameWriter writeBytes(byte[] bytes) {
        return writeBytes(bytes, 0, bytes == null ? -1 : bytes.length);
    }

    /** {@code length} bytes of {@code bytes} from {@code offset}, with the length in front; length -1 is null. */
    public FrameWriter writeBytes(byte[] bytes, int offset, int length) {
        buf.writeInt(length);
        if (length > 0) {
            buf.writeBytes(bytes, offset, length);
        }
        return this;
    }

    /** Bytes that are already encoded fields, as they are, without a length in front. */
    public FrameWriter writeEncoded(byte[] encoded) {
        buf.writeBytes(encoded);
        return this;
    }
}
