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
import java.net.ConnectException;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;

/** Opens {@link Transport}s: TCP through Netty's NIO transport, {@code vm://} through Netty's local channels. */
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
        InboundHandler inbound = new InboundHandler(listener);
        Bootstrap bootstrap = new Bootstrap();
        if (endpoint.scheme() == Endpoint.Scheme.VM) {
            LocalAddress address = vmBroker(endpoint.host());
            bootstrap.group(EventLoops.local()).channel(LocalChannel.class).remoteAddress(address)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(Transport.INBOUND, inbound);
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
                            ch.pipeline().addLast(new FlushConsolidationHandler(256, true))
                                    .addLast(Transport.DECODER, new FrameDecoder(maxFrameSize))
                                    .addLast(FrameEncoder.INSTANCE)
                                    .addLast(Transport.INBOUND, inbound);
                        }
                    });
        }
        CompletableFuture<Transport> result = new CompletableFuture<>();
        ChannelFuture connecting = bootstrap.connect();
        connecting.addListener(f -> {
            if (f.isSuccess()) {
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
