package dev.petrel.protocol;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a connection provably alive in both directions, on the broker as on the client: after a third of the
 * agreed timeout without writing it writes a {@link Heartbeat}; after the whole timeout without reading it
 * raises a {@link PeerSilentException} down the pipeline, whose last handler closes the channel — unless this
 * side itself stopped reading (auto-read off: the broker holding a producer back), since then the silence is
 * its own doing. Runs on the channel's event loop.
 */
public final class HeartbeatHandler extends IdleStateHandler {

    private final int timeoutMs;

    /** @param timeoutMs the agreed heartbeat timeout, above 0 */
    public HeartbeatHandler(int timeoutMs) {
        super(timeoutMs, Math.max(1, timeoutMs / 3), 0, TimeUnit.MILLISECONDS);
        this.timeoutMs = timeoutMs;
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent evt) {
        if (evt.state() == IdleState.WRITER_IDLE) {
            ctx.writeAndFlush(Heartbeat.INSTANCE, ctx.voidPromise());
        } else if (evt.state() == IdleState.READER_IDLE && ctx.channel().config().isAutoRead()) {
            ctx.fireExceptionCaught(new PeerSilentException("nothing received from "
                    + ctx.channel().remoteAddress() + " for " + timeoutMs
                    + " ms (heartbeat timeout): the peer is gone or the network is down"));
        }
    }
}
