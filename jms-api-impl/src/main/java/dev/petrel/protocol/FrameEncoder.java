package dev.petrel.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** Writes {@link Frame}s as length-prefixed bytes. Stateless, so one instance serves every channel. */
@ChannelHandler.Sharable
public final class FrameEncoder extends MessageToByteEncoder<Frame> {

    public static final FrameEncoder INSTANCE = new FrameEncoder();

    private FrameEncoder() {
        super(Frame.class);
    }

    /** A buffer the frame fits: in Netty's default of 256 bytes a 1 KiB message would grow it, copying, twice. */
    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, Frame frame, boolean preferDirect) {
        return preferDirect ? ctx.alloc().ioBuffer(frame.sizeHint()) : ctx.alloc().heapBuffer(frame.sizeHint());
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Frame frame, ByteBuf out) {
        encode(frame, out);
    }

    /** Appends one frame to {@code out}; also used by tests and tools that need the bytes of a frame. */
    public static void encode(Frame frame, ByteBuf out) {
        int start = out.writerIndex();
        out.writeInt(0);
        out.writeByte(frame.type().code());
        out.writeInt(frame.requestId());
        frame.writeBody(new FrameWriter(out));
        out.setInt(start, out.writerIndex() - start - FrameDecoder.LENGTH_BYTES);
    }
}
