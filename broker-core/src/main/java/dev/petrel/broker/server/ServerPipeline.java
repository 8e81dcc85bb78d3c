package dev.petrel.broker.server;

import dev.petrel.broker.config.LimitsConfig;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.tx.XaBranches;
import dev.petrel.broker.security.BrokerSecurity;
import dev.petrel.broker.security.TlsFailureLogger;
import dev.petrel.protocol.FrameDecoder;
import dev.petrel.protocol.FrameEncoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.local.LocalChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslContext;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sets up each channel accepted by one acceptor: TLS for an {@code ssl://} acceptor, the codec (not for in-JVM
 * channels, which carry frame objects as they are), the {@link ConnectionGate} and a fresh
 * {@link ClientConnection}. Runs on the channel's event loop.
 */
final class ServerPipeline extends ChannelInitializer<Channel> {

    static final String CONNECTION = "connection";

    /** What the connections of all acceptors share. */
    record Shared(ConnectionLimits limits, LimitsConfig resourceLimits, DestinationRegistry destinations,
            ChannelGroup channels, AtomicLong connectionIds, ClientIdRegistry clientIds, BrokerSecurity security,
            ConnectionCounter counter, XaBranches xa, ConnectionEvents events) {
    }

    private final Shared shared;
    private final String acceptorName;
    /** Null for a plain acceptor. */
    private final SslContext tls;

    ServerPipeline(Shared shared, String acceptorName, SslContext tls) {
        this.shared = shared;
        this.acceptorName = acceptorName;
        this.tls = tls;
    }

    @Override
    protected void initChannel(Channel ch) {
        ConnectionLimits limits = shared.limits();
        shared.channels().add(ch);
        boolean local = ch instanceof LocalChannel;
        if (tls != null) {
            ch.pipeline().addLast("tls", tls.newHandler(ch.alloc())).addLast(new TlsFailureLogger(acceptorName));
        }
        if (!local) {
            ch.pipeline().addLast(new FlushConsolidationHandler(256, true))
                    .addLast(new FrameDecoder(Math.min(limits.maxFrameSize(), FrameDecoder.HANDSHAKE_MAX_FRAME_SIZE)))
                    .addLast(FrameEncoder.INSTANCE);
        }
        String connectionId = limits.brokerName() + "-" + shared.connectionIds().incrementAndGet();
        ConnectionIdentity identity = new ConnectionIdentity(shared.clientIds(), connectionId,
                shared.resourceLimits());
        ch.pipeline().addLast(new ConnectionGate(shared.security(), local ? null : shared.counter(), identity,
                limits.handshakeTimeoutMs()));
        ch.pipeline().addLast(CONNECTION, new ClientConnection(limits, identity, shared.destinations(), shared.xa(),
                shared.events()));
    }
}
