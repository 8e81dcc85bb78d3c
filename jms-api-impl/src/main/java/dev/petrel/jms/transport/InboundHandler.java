package dev.petrel.jms.transport;

import dev.petrel.protocol.DecodeFailure;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.PeerSilentException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * The last handler of a client pipeline: hands frames to the listener and turns every way the channel can
 * end into exactly one {@link FrameListener#onClosed} call. Runs on the channel's event loop.
 */
final class InboundHandler extends ChannelInboundHandlerAdapter {

    private final FrameListener listener;
    private TransportClosedException failure;
    /** Set by {@link Transport#close()} from any thread: an end we asked for is not a failure. */
    private volatile boolean closedLocally;

    InboundHandler(FrameListener listener) {
        this.listener = listener;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Frame frame) {
            listener.onFrame(frame);
        } else if (msg instanceof DecodeFailure decodeFailure) {
            listener.onDecodeFailure(decodeFailure);
            fail(ctx, new TransportClosedException("the broker at " + ctx.channel().remoteAddress()
                    + " sent an invalid frame: " + decodeFailure.reason(), null));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, cause instanceof PeerSilentException ? new TransportClosedException(cause.getMessage(), cause)
                : new TransportClosedException("connection to " + ctx.channel().remoteAddress() + " failed: "
                        + cause.getMessage(), cause));
    }

    private void fail(ChannelHandlerContext ctx, TransportClosedException cause) {
        if (failure == null) {
            failure = cause;
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        TransportClosedException cause = failure;
        if (cause == null && !closedLocally) {
            cause = new TransportClosedException("the broker at " + ctx.channel().remoteAddress()
                    + " closed the connection", null);
        }
        listener.onClosed(cause);
    }

    void markClosedLocally() {
        closedLocally = true;
    }
}
