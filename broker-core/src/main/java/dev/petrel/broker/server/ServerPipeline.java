package dev.petrel.broker.server;

import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.protocol.FrameDecoder;
import dev.petrel.protocol.FrameEncoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.local.LocalChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sets up each accepted channel: the codec (not for in-JVM channels, which carry frame objects as they are)
 * and a fresh {@link ClientConnection}. Runs on the channel's event loop.
 */
final class ServerPipeline extends ChannelInitializer<Channel> {

    static final String CONNECTION = "connection";

    private final ConnectionLimits limits;
    private final DestinationRegistry destinations;
    private final ChannelGroup channels;
    private final AtomicLong connectionIds;
    private final ClientIdRegistry clientIds = new ClientIdRegistry();

    ServerPipeline(ConnectionLimits limits, DestinationRegistry destinations, ChannelGroup channels,
            AtomicLong connectionIds) {
        this.limits = limits;
        this.destinations = destinations;
        this.channels = channels;
        this.connectionIds = connectionIds;
    }

    @Override
    protected void initChannel(Channel ch) {
        channels.add(ch);
        if (!(ch instanceof LocalChannel)) {
            ch.pipeline().addLast(new FlushConsolidationHandler(256, true))
                    .addLast(new FrameDecoder(Math.min(limits.maxFrameSize(), FrameDecoder.HANDSHAKE_MAX_FRAME_SIZE)))
                    .addLast(FrameEncoder.INSTANCE);
        }
        String connectionId = limits.brokerName() + "-" + connectionIds.incrementAndGet();
        ConnectionIdentity identity = new ConnectionIdentity(clientIds, connectionId);
        ch.pipeline().addLast(CONNECTION, new ClientConnection(limits, identity, destinations));
    }
}
