package dev.petrel.broker.server;

import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.tx.XaBranches;
import dev.petrel.broker.security.BrokerSecurity;
import dev.petrel.broker.security.ServerTls;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.local.LocalServerChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The broker's listening side: one Netty server channel per configured TCP or TLS acceptor and, for an in-JVM
 * broker, one local server channel. Owns the IO threads ({@code petrel-io-N}), every client channel and the
 * broker's {@link BrokerSecurity}.
 */
public final class BrokerServer implements AutoCloseable {

    private final EventLoopGroup tcpGroup;
    private final EventLoopGroup localGroup;
    private final ChannelGroup channels = new DefaultChannelGroup("petrel-clients", GlobalEventExecutor.INSTANCE);
    private final List<Channel> listeners = new ArrayList<>();
    private final BrokerSecurity security;
    private final ServerPipeline.Shared shared;

    /**
     * @param brokerId the broker's identity, told to clients in the handshake
     * @throws IllegalStateException when the security configuration cannot be set up (a JAAS file)
     */
    public BrokerServer(BrokerConfig config, String brokerId, DestinationRegistry destinations, XaBranches xa) {
        ConnectionLimits limits = new ConnectionLimits(config.name(), brokerId, config.protocol().maxFrameSize(),
                (int) config.protocol().heartbeatTimeout().toMillis(),
                (int) config.protocol().handshakeTimeout().toMillis());
        this.security = new BrokerSecurity(config.security(), config.name());
        this.shared = new ServerPipeline.Shared(limits, config.limits(), destinations, channels, new AtomicLong(),
                new ClientIdRegistry(), security, new ConnectionCounter(config.limits()), xa,
                new ConnectionEvents());
        this.tcpGroup = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("petrel-io", true),
                NioIoHandler.newFactory());
        this.localGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("petrel-vm-io", true),
                LocalIoHandler.newFactory());
    }

    /**
     * Binds a TCP or TLS acceptor and returns the address it listens on (with the real port when 0 was asked
     * for).
     *
     * @throws IllegalStateException naming the address when it cannot be bound, or the key store when TLS
     *                               cannot be set up
     */
    public InetSocketAddress bind(AcceptorConfig acceptor) {
        ServerPipeline pipeline = new ServerPipeline(shared, acceptor.name(),
                acceptor.tls() == null ? null : ServerTls.context(acceptor));
        ServerBootstrap bootstrap = new ServerBootstrap().group(tcpGroup).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(pipeline);
        try {
            Channel listener = bootstrap.bind(acceptor.host(), acceptor.port()).sync().channel();
            listeners.add(listener);
            return (InetSocketAddress) listener.localAddress();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding " + acceptor.uri(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot listen on " + acceptor.uri() + " (acceptor '" + acceptor.name()
                    + "'): " + e.getMessage() + "; is another broker running there? Choose another port with "
                    + "--port or in broker.xml", e);
        }
    }

    /** Binds the in-JVM acceptor that {@code vm://} clients of this JVM connect to. */
    public LocalAddress bindLocal(String name) {
        LocalAddress address = new LocalAddress("petrel-vm-" + name);
        Channel listener = new ServerBootstrap().group(localGroup).channel(LocalServerChannel.class)
                .childHandler(new ServerPipeline(shared, "vm", null)).bind(address).syncUninterruptibly().channel();
        listeners.add(listener);
        return address;
    }

    /** Client connections open now past their handshake, network and in-JVM (management). */
    public int connectionCount() {
        return shared.events().count();
    }

    /** Tells {@code listener} of every connection that completes its handshake from now on, and of its end. */
    public void listen(ConnectionListener listener) {
        shared.events().listen(listener);
    }

    /** Stops listening, closes every client connection and stops the IO threads. */
    @Override
    public void close() {
        listeners.forEach(l -> l.close().syncUninterruptibly());
        channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        tcpGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        localGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        security.close();
    }
}
