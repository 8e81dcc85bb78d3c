package dev.petrel.broker.security;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits right after the {@code SslHandler} of a TLS acceptor's connection and turns a failed TLS handshake into
 * one clear log line and a closed connection: a plain {@code tcp://} client on the TLS port, an unknown or
 * expired client certificate, a TLS version below 1.2. Owned by the channel's event loop.
 */
public final class TlsFailureLogger extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(TlsFailureLogger.class);

    private final String acceptorName;
    private boolean reported;

    public TlsFailureLogger(String acceptorName) {
        this.acceptorName = acceptorName;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof SslHandshakeCompletionEvent done && !done.isSuccess()) {
            report(ctx, done.cause());
            ctx.close();
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable tls = tlsCause(cause);
        if (tls == null) {
            ctx.fireExceptionCaught(cause);
            return;
        }
        report(ctx, tls);
        ctx.close();
    }

    private void report(ChannelHandlerContext ctx, Throwable cause) {
        if (reported) {
            return;
        }
        reported = true;
        Throwable tls = tlsCause(cause);
        String reason = tls instanceof NotSslRecordException
                ? "it does not speak TLS (a tcp:// client on an ssl:// port? it must connect with ssl://)"
                : "TLS handshake failed: " + (tls == null ? cause : tls).getMessage();
        LOG.warn("closing connection from {} to TLS acceptor '{}': {}", ctx.channel().remoteAddress(), acceptorName,
                reason);
    }

    private static Throwable tlsCause(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return t;
            }
        }
        return null;
    }
}
