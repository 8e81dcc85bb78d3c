package dev.petrel.jms.transport;

import dev.petrel.protocol.FrameDecoder;
import dev.petrel.protocol.FrameEncoder;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.net.ConnectException;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;

/**
 * Opens {@link Transport}s: TCP through Netty's NIO transport (with TLS for {@code ssl://}), {@code vm://}
 * through Netty's local channels.
 */
public final class Connector {

    private Connector() {
    }

    /**
     * Connects to {@code endpoint}. The future fails with a {@link TransportClosedException} naming the
     * endpoint and the reason when the connection cannot be made.
     *
     * @param connectTimeoutMs how long a TCP connect may take
     * @param maxFrameSize     the largest frame accepted from the broker
     */
    public static CompletableFuture<Transport> connect(Endpoint endpoint, FrameListener listener,
            int connectTimeoutMs, int maxFrameSize) {
        return connect(endpoint, listener, connectTimeoutMs, maxFrameSize, null);
    }

    /**
     * Connects to {@code endpoint}; for {@code ssl://} the future completes once the TLS handshake succeeded.
     *
     * @param tls the TLS settings of an {@code ssl://} endpoint, null for the defaults
     * @throws IllegalStateException when a key or trust store of {@code tls} cannot be read
     */
    public static CompletableFuture<Transport> connect(Endpoint endpoint, FrameListener listener,
            int connectTimeoutMs, int maxFrameSize, TlsSettings tls) {
        TlsSettings tlsSettings = tls == null ? TlsSettings.defaults() : tls;
        SslContext sslContext = endpoint.scheme() == Endpoint.Scheme.SSL ? ClientTls.context(tlsSettings) : null;
        InboundHandler inbound = new InboundHandler(listener);
        Bootstrap bootstrap = new Bootstrap().option(ChannelOption.WRITE_BUFFER_WATER_MARK, Transport.WATER_MARK);
        if (endpoint.scheme() == Endpoint.Scheme.VM) {
            LocalAddress address = vmBroker(endpoint.host());
            bootstrap.group(EventLoops.local()).channel(LocalChannel.class).remoteAddress(address)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(new WriteGate()).addLast(Transport.INBOUND, inbound);
                        }
                    });
        } else {
            bootstrap.group(EventLoops.tcp()).channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMs)
                    .remoteAddress(endpoint.host(), endpoint.port())
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            if (sslContext != null) {
                                ch.pipeline().addLast(ClientTls.handler(sslContext, endpoint, tlsSettings, ch.alloc()));
                            }
                            ch.pipeline().addLast(new FlushConsolidationHandler(256, true))
                                    .addLast(Transport.DECODER, new FrameDecoder(maxFrameSize))
                                    .addLast(FrameEncoder.INSTANCE)
                                    .addLast(new WriteGate())
                                    .addLast(Transport.INBOUND, inbound);
                        }
                    });
        }
        CompletableFuture<Transport> result = new CompletableFuture<>();
        ChannelFuture connecting = bootstrap.connect();
        connecting.addListener(f -> {
            SslHandler ssl = f.isSuccess() ? connecting.channel().pipeline().get(SslHandler.class) : null;
            if (ssl != null) {
                ssl.handshakeFuture().addListener(h -> {
                    if (h.isSuccess()) {
                        result.complete(new Transport(connecting.channel(), endpoint, inbound));
                    } else {
                        result.completeExceptionally(new TransportClosedException(
                                ClientTls.describeFailure(endpoint, h.cause()), h.cause()));
                    }
                });
            } else if (f.isSuccess()) {
                result.complete(new Transport(connecting.channel(), endpoint, inbound));
            } else {
                result.completeExceptionally(new TransportClosedException("cannot connect to " + endpoint + ": "
                        + describe(f.cause()), f.cause()));
            }
        });
        return result;
    }

    private static String describe(Throwable cause) {
        if (cause instanceof ConnectException) {
            return "connection refused (is the broker running and listening there?)";
        }
        return String.valueOf(cause.getMessage());
    }

    private static LocalAddress vmBroker(String name) {
        Iterator<VmBrokerRegistry> registries = ServiceLoader.load(VmBrokerRegistry.class,
                Connector.class.getClassLoader()).iterator();
        if (!registries.hasNext()) {
            throw new IllegalStateException("vm://" + name + " needs the in-JVM broker, which is not on the "
                    + "classpath: add the artifact dev.petrel:petrel-broker, or connect to a running broker with "
                    + "tcp://host:port");
        }
        return registries.next().ensureStarted(name);
    }
}
