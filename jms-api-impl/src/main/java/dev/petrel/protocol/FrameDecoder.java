package dev.petrel.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Turns bytes into {@link Frame}s. The length prefix is checked against the maximum frame size before any
 * body byte is buffered. Input that is not a valid frame produces one {@link DecodeFailure} and from then on
 * the decoder discards everything: the handler after it answers with an error and closes the connection.
 * Nothing but frames and that one failure ever leaves this decoder; it never throws into the pipeline.
 *
 * <p>Runs on the channel's event loop, which owns its state.
 */
public final class FrameDecoder extends ByteToMessageDecoder {

    /** Bytes of the length prefix. */
    public static final int LENGTH_BYTES = 4;
    /** Bytes after the length that every frame has: its type and its request id. */
    public static final int HEADER_BYTES = 5;

    private enum State { READING, FAILED }

    /**
     * The largest frame a broker reads before the handshake: a {@code HELLO} is small, and a stranger must not
     * make the broker buffer 100 MiB before it has said who it is.
     */
    public static final int HANDSHAKE_MAX_FRAME_SIZE = 64 * 1024;

    private int maxFrameSize;
    private int version = ProtocolVersion.CURRENT;
    private State state = State.READING;
    private final RecentDestination recentDestination = new RecentDestination();

    /** @param maxFrameSize the largest frame accepted, counting everything after the length prefix */
    public FrameDecoder(int maxFrameSize) {
        maxFrameSize(maxFrameSize);
    }

    /** Changes the largest frame accepted from now on (the broker raises it once the handshake is done). */
    public void maxFrameSize(int newMaxFrameSize) {
        if (newMaxFrameSize < HEADER_BYTES) {
            throw new IllegalArgumentException("maxFrameSize must be at least " + HEADER_BYTES + ", was "
                    + newMaxFrameSize);
        }
        this.maxFrameSize = newMaxFrameSize;
    }

    /** Called once the handshake agreed a version, so optional fields of later versions are read. */
    public void version(int agreedVersion) {
        this.version = agreedVersion;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (state == State.READING && in.readableBytes() >= LENGTH_BYTES) {
            int length = in.getInt(in.readerIndex());
            if (length > maxFrameSize) {
                fail(in, out, new DecodeFailure(ErrorCode.FRAME_TOO_LARGE, "frame of " + length
                        + " bytes exceeds the maximum frame size of " + maxFrameSize + " bytes"));
            } else if (length < HEADER_BYTES) {
                fail(in, out, new DecodeFailure(ErrorCode.MALFORMED_FRAME,
                        "frame length " + length + " is shorter than a frame header"));
            } else if (in.readableBytes() - LENGTH_BYTES < length) { // LENGTH_BYTES + length may overflow
                return;
            } else {
                in.skipBytes(LENGTH_BYTES);
                ByteBuf frame = in.readSlice(length);
                decodeOne(frame, in, out);
            }
        }
        if (state == State.FAILED) {
            in.skipBytes(in.readableBytes());
        }
    }

    private void decodeOne(ByteBuf frame, ByteBuf in, List<Object> out) {
        int code = frame.readUnsignedByte();
        int requestId = frame.readInt();
        FrameType type = FrameType.fromCode(code);
        if (type == null) {
            fail(in, out, new DecodeFailure(ErrorCode.MALFORMED_FRAME, "unknown frame type " + code));
            return;
        }
        try {
            out.add(type.decode(requestId, new FrameReader(frame, version, recentDestination)));
        } catch (MalformedFrameException e) {
            fail(in, out, new DecodeFailure(e.code(), e.getMessage()));
        }
    }

    private void fail(ByteBuf in, List<Object> out, DecodeFailure failure) {
        state = State.FAILED;
        in.skipBytes(in.readableBytes());
        out.add(failure);
    }
}
