package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.security.BrokerSecurity;
import dev.petrel.broker.security.Credentials;
import dev.petrel.broker.security.SecurityIdentity;
import dev.petrel.broker.security.ServerTls;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Hello;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands before {@link ClientConnection} until the client is let in: counts the connection against the
 * connection limits, logs the {@code HELLO}'s credentials in (off the event loop; reading pauses meanwhile)
 * and only then passes the {@code HELLO} on and leaves the pipeline. A refused client gets its {@code HELLO}
 * answered with an error (SECURITY, after a delay that grows with failures from its address, or
 * RESOURCE_ALLOCATION) and is closed. Owned by the channel's event loop.
 */
final class ConnectionGate extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGate.class);
    /** Time left for the answer before the handshake timeout would close the connection anyway. */
    private static final long ANSWER_MARGIN_MS = 200;

    private final BrokerSecurity security;
    /** Null for in-JVM connections, which are not counted. */
    private final ConnectionCounter counter;
    private final ConnectionIdentity identity;
    private final int handshakeTimeoutMs;
    private long deadlineNanos;
    private String refusal;

    ConnectionGate(BrokerSecurity security, ConnectionCounter counter, ConnectionIdentity identity,
            int handshakeTimeoutMs) {
        this.security = security;
        this.counter = counter;
        this.identity = identity;
        this.handshakeTimeoutMs = handshakeTimeoutMs;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(handshakeTimeoutMs);
        if (counter != null) {
            String address = host(ctx.channel().remoteAddress());
            refusal = counter.open(address);
            if (refusal == null) {
                ctx.channel().closeFuture().addListener(f -> counter.closed(address));
            } else {
                LOG.warn("refusing connection {} from {}: {}", identity.connectionId(),
                        ctx.channel().remoteAddress(), refusal);
            }
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Hello hello)) {
            ctx.fireChannelRead(msg); // the connection refuses any other first frame
            return;
        }
        if (refusal != null) {
            answer(ctx, new ErrorFrame(hello.requestId(), ErrorCode.RESOURCE_ALLOCATION, refusal));
            return;
        }
        ctx.channel().config().setAutoRead(false);
        Credentials credentials = new Credentials(hello.username(), hello.password(),
                ServerTls.peerCertificates(ctx.channel()), String.valueOf(ctx.channel().remoteAddress()));
        security.authenticate(credentials).whenCompleteAsync((who, error) -> onLogin(ctx, hello, who, error),
                ctx.executor());
    }

    private void onLogin(ChannelHandlerContext ctx, Hello hello, SecurityIdentity who, Throwable error) {
        if (!ctx.channel().isActive()) {
            return; // the client left while it was being logged in: nothing to answer, nothing to claim
        }
        ctx.channel().config().setAutoRead(true);
        if (error == null) {
            identity.authorize(security.authorizerFor(who));
            ctx.fireChannelRead(hello);
            ctx.pipeline().remove(this);
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        ErrorFrame answer = cause instanceof BrokerException refused
                ? new ErrorFrame(hello.requestId(), refused.code(), refused.getMessage())
                : new ErrorFrame(hello.requestId(), ErrorCode.INTERNAL, "the broker failed to log the client in: "
                        + cause);
        long leftMs = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()) - ANSWER_MARGIN_MS;
        long delayMs = Math.max(0, Math.min(security.loginFailed(host(ctx.channel().remoteAddress())), leftMs));
        ctx.executor().schedule(() -> answer(ctx, answer), delayMs, TimeUnit.MILLISECONDS);
    }

    private static void answer(ChannelHandlerContext ctx, ErrorFrame error) {
        ctx.writeAndFlush(error).addListener(ChannelFutureListener.CLOSE);
    }

    private static String host(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }
}
