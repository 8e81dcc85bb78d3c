package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Ok;
import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How one connection answers its client's requests: OK, an error, or either once the work is done. Thread-safe:
 * answers go through the channel, from its event loop or from the destinations' executors.
 */
final class ConnectionAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionAnswers.class);

    private final String connectionId;
    private final Channel channel;

    ConnectionAnswers(String connectionId, Channel channel) {
        this.connectionId = connectionId;
        this.channel = channel;
    }

    /** Answers OK, unless the request wants no answer ({@code requestId} 0). */
    void ok(int requestId) {
        if (requestId != 0) {
            channel.writeAndFlush(new Ok(requestId), channel.voidPromise());
        }
    }

    /** Answers OK once {@code done} completes, or with the error it failed with (a store failure, say). */
    void whenDone(int requestId, CompletableFuture<Void> done) {
        done.whenComplete((ok, error) -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                    : error;
            if (cause == null) {
                ok(requestId);
            } else if (cause instanceof BrokerException e) {
                error(requestId, e.code(), e.getMessage());
            } else {
                LOG.error("connection {}: request {} failed", connectionId, requestId, cause);
                error(requestId, ErrorCode.INTERNAL, "the broker failed: " + cause);
            }
        });
    }

    /** A send without receipt failed: the producer is not waiting, so the log is the only place to say so. */
    void logUnreported(Throwable error) {
        if (error != null) {
            LOG.warn("connection {}: a message sent without receipt was not accepted: {}", connectionId,
                    error.getCause() != null ? error.getCause().getMessage() : error.getMessage());
        }
    }

    void error(int requestId, ErrorCode code, String message) {
        LOG.debug("connection {}: request {} refused: {} {}", connectionId, requestId, code, message);
        channel.writeAndFlush(new ErrorFrame(requestId, code, message), channel.voidPromise());
    }
}
