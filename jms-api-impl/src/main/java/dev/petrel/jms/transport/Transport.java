package dev.petrel.jms.transport;

import dev.petrel.protocol.Frame;
import dev.petrel.protocol.FrameDecoder;
import dev.petrel.protocol.HeartbeatHandler;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.WriteBufferWaterMark;
import java.util.concurrent.CompletableFuture;

/**
 * One open pipe to a broker. {@link #send} may be called from any thread; frames go out in call order.
 * What arrives goes to the {@link FrameListener} given to {@link Connector#connect}.
 */
public final class Transport {

    static final String DECODER = "decoder";
    static final String HEARTBEAT = "heartbeat";
    static final String INBOUND = "inbound";
    /** Unsent bytes above which a sender waits ({@link #awaitWritable}), and below which it goes on. */
    static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(512 * 1024, 1024 * 1024);

    private final Channel channel;
    private final Endpoint endpoint;
    private final InboundHandler inbound;

    Transport(Channel channel, Endpoint endpoint, InboundHandler inbound) {
        this.channel = channel;
        this.endpoint = endpoint;
        this.inbound = inbound;
    }

    /** Where this transport is connected. */
    public Endpoint endpoint() {
        return endpoint;
    }

    /**
     * Waits while more than {@link #WATER_MARK}'s high mark of bytes are waiting to go out, until they are below
     * its low mark or the pipe closed: a producer calls it before each message. Returns at once on the event loop.
     */
    public void awaitWritable() throws InterruptedException {
        channel.pipeline().get(WriteGate.class).awaitWritable(channel);
    }

    /** Queues a frame and flushes it. A failed write closes the transport and is reported to the listener. */
    public void send(Frame frame) {
        channel.writeAndFlush(frame, channel.voidPromise());
    }

    /** Queues a frame without flushing; a later {@link #send} or {@link #flush} writes it out. */
    public void write(Frame frame) {
        channel.write(frame, channel.voidPromise());
    }

    public void flush() {
        channel.flush();
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    /**
     * Applies what the handshake agreed: the protocol version for decoding and the heartbeat timeout
     * (0 = none). In-JVM transports cannot go silent and need no heartbeats.
     */
    public void onHandshake(int version, int heartbeatTimeoutMs) {
        channel.eventLoop().execute(() -> {
            if (channel.pipeline().get(DECODER) instanceof FrameDecoder decoder) {
                decoder.version(version);
                if (heartbeatTimeoutMs > 0) {
                    channel.pipeline().addBefore(INBOUND, HEARTBEAT, new HeartbeatHandler(heartbeatTimeoutMs));
                }
            }
        });
    }

    /** Closes the pipe; the listener's {@code onClosed(null)} follows. */
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        inbound.markClosedLocally();
        ChannelFuture closing = channel.close();
        closing.addListener(f -> done.complete(null));
        return done;
    }

    @Override
    public String toString() {
        return "Transport[" + endpoint + "]";
    }
}
