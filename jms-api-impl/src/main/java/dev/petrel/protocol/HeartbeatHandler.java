package dev.petrel.protocol;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a connection provably alive in both directions, on the broker as on the client: when it wrote nothing
 * for a third of the agreed timeout it writes a {@link Heartbeat}; after the whole timeout without reading it
 * raises a {@link PeerSilentException} down the pipeline, whose last handler closes the channel — unless this
 * side itself stopped reading (auto-read off: the broker holding a producer back), since then the silence is
 * its own doing. Runs on the channel's event loop.
 *
 * <p>Reading is watched by {@link IdleStateHandler}; writing by a flag that every write sets and a check every
 * third of the timeout clears, rather than by {@link IdleStateHandler}'s writer watch, which adds a promise and a
 * listener to every frame written. A side that writes nothing for at most two thirds of the timeout is heard
 * from in time.
 */
public final class HeartbeatHandler extends IdleStateHandler {

    private final int timeoutMs;
    private final long writerCheckMs;
    /** Whether a frame was written since the last writer check. */
    private boolean written;
    private ScheduledFuture<?> writerCheck;

    /** @param timeoutMs the agreed heartbeat timeout, above 0 */
    public HeartbeatHandler(int timeoutMs) {
        super(timeoutMs, 0, 0, TimeUnit.MILLISECONDS);
        this.timeoutMs = timeoutMs;
        this.writerCheckMs = Math.max(1, timeoutMs / 3);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) throws Exception {
        super.handlerAdded(ctx);
        if (ctx.channel().isActive()) {
            scheduleWriterCheck(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (writerCheck == null) {
            scheduleWriterCheck(ctx);
        }
        super.channelActive(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) throws Exception {
        stopWriterCheck();
        super.handlerRemoved(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        stopWriterCheck();
        super.channelInactive(ctx);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        written = true;
        super.write(ctx, msg, promise);
    }

    private void scheduleWriterCheck(ChannelHandlerContext ctx) {
        writerCheck = ctx.executor().schedule(() -> onWriterCheck(ctx), writerCheckMs, TimeUnit.MILLISECONDS);
    }

    private void onWriterCheck(ChannelHandlerContext ctx) {
        if (writerCheck == null) {
            return; // stopped meanwhile
        }
        if (!written) {
            ctx.writeAndFlush(Heartbeat.INSTANCE, ctx.voidPromise());
        }
        written = false;
        scheduleWriterCheck(ctx);
    }

    private void stopWriterCheck() {
        if (writerCheck != null) {
            writerCheck.cancel(false);
            writerCheck = null;
        }
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent evt) {
        if (evt.state() == IdleState.READER_IDLE && ctx.channel().config().isAutoRead()) {
            ctx.fireExceptionCaught(new PeerSilentException("nothing received from "
                    + ctx.channel().remoteAddress() + " for " + timeoutMs
                    + " ms (heartbeat timeout): the peer is gone or the network is down"));
        }
    }
}
