package dev.petrel.jms.client;

import dev.petrel.jms.transport.Connector;
import dev.petrel.jms.transport.Endpoint;
import dev.petrel.jms.transport.FrameListener;
import dev.petrel.jms.transport.Transport;
import dev.petrel.jms.transport.TransportClosedException;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.Hello;
import dev.petrel.protocol.HelloOk;
import dev.petrel.protocol.ProtocolVersion;
import jakarta.jms.JMSException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a transport and exchanges {@code HELLO}/{@code HELLO_OK}, both within one connect timeout. Used once,
 * by the thread that creates the connection.
 */
final class Handshake {

    private final ClientSettings settings;
    private final PendingRequests requests;
    private final long deadlineNanos;

    Handshake(ClientSettings settings, PendingRequests requests) {
        this.settings = settings;
        this.requests = requests;
        this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.connectTimeoutMs());
    }

    Transport openTransport(FrameListener listener) throws JMSException {
        CompletableFuture<Transport> connecting;
        try {
            connecting = Connector.connect(settings.endpoint(), listener, settings.connectTimeoutMs(),
                    settings.maxFrameSize(), settings.tls());
        } catch (IllegalStateException e) {
            // vm:// without the in-JVM broker on the classpath: the message says which artifact to add.
            throw JmsExceptions.wrap(e.getMessage(), e);
        }
        try {
            return await(connecting, "connecting to " + settings.endpoint());
        } catch (JMSException e) {
            connecting.thenAccept(Transport::close); // a connect that succeeds after we gave up
            throw e;
        }
    }

    ConnectionInfo greet(Transport transport) throws JMSException {
        int id = requests.nextId();
        CompletableFuture<Frame> answer = requests.open(id);
        transport.send(new Hello(id, ProtocolVersion.CURRENT, settings.clientId(), settings.userName(),
                settings.password(), settings.heartbeatTimeoutMs()));
        try {
            Frame frame = await(answer, "the handshake with " + settings.endpoint());
            if (!(frame instanceof HelloOk ok)) {
                throw new JMSException("the broker at " + settings.endpoint() + " answered HELLO with "
                        + frame.type() + " instead of HELLO_OK: is that a Petrel broker?");
            }
            transport.onHandshake(ok.version(), ok.heartbeatTimeoutMs());
            return new ConnectionInfo(ok.brokerName(), ok.connectionId(), ok.version(), ok.heartbeatTimeoutMs(),
                    ok.maxFrameSize(), ok.brokerId());
        } catch (JMSException e) {
            transport.close();
            throw refusal(e);
        }
    }

    private JMSException refusal(JMSException e) {
        if (e.getCause() instanceof TransportClosedException && settings.endpoint().scheme() == Endpoint.Scheme.TCP) {
            // closed without an answer: the usual sign of a plain client on a TLS port
            JMSException closed = new JMSException(e.getMessage() + "; if " + settings.endpoint().host() + ":"
                    + settings.endpoint().port() + " is a TLS acceptor, connect with ssl://"
                    + settings.endpoint().host() + ":" + settings.endpoint().port());
            closed.initCause(e);
            return closed;
        }
        if (ErrorCode.PROTOCOL_VERSION_MISMATCH.name().equals(e.getErrorCode())) {
            JMSException mismatch = new JMSException("the broker at " + settings.endpoint()
                    + " refused this client's protocol (versions " + ProtocolVersion.MIN + " to "
                    + ProtocolVersion.CURRENT + "): " + e.getMessage(), e.getErrorCode());
            mismatch.initCause(e);
            return mismatch;
        }
        return e;
    }

    private <T> T await(CompletableFuture<T> future, String what) throws JMSException {
        long remainingMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
        try {
            return future.get(remainingMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw JmsExceptions.wrap(what + " did not complete within connectTimeout=" + settings.connectTimeoutMs()
                    + " ms: is a Petrel broker listening at " + settings.endpoint() + "? If it is just slow, "
                    + "raise connectTimeout in the connection URI", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof JMSException jms ? jms : JmsExceptions.wrap(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw JmsExceptions.wrap("interrupted during " + what, e);
        }
    }
}
