package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.Hello;
import dev.petrel.protocol.HelloOk;
import dev.petrel.protocol.ProtocolVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's side of {@code HELLO}: checks the first frame, agrees version and heartbeat and claims the
 * client ID it names. Owned by the connection's event loop.
 */
final class Handshake {

    private static final Logger LOG = LoggerFactory.getLogger(Handshake.class);

    /** Either the answer to send, or the error to close the connection with. */
    record Outcome(HelloOk answer, ErrorFrame error) {
    }

    private final ConnectionLimits limits;
    private final ConnectionIdentity identity;
    private boolean done;

    Handshake(ConnectionLimits limits, ConnectionIdentity identity) {
        this.limits = limits;
        this.identity = identity;
    }

    boolean done() {
        return done;
    }

    Outcome accept(Frame first, String remoteAddress) {
        if (!(first instanceof Hello hello)) {
            return new Outcome(null, new ErrorFrame(first.requestId(), ErrorCode.HANDSHAKE_REQUIRED,
                    "the first frame must be HELLO, got " + first.type()));
        }
        int version = ProtocolVersion.negotiate(hello.version());
        if (version < 0) {
            return new Outcome(null, new ErrorFrame(hello.requestId(), ErrorCode.PROTOCOL_VERSION_MISMATCH,
                    ProtocolVersion.mismatch(hello.version())));
        }
        if (hello.clientId() != null) {
            try {
                identity.setClientId(hello.clientId());
            } catch (BrokerException e) {
                return new Outcome(null, new ErrorFrame(hello.requestId(), e.code(), e.getMessage()));
            }
        }
        done = true;
        int heartbeat = limits.agreeHeartbeat(hello.heartbeatTimeoutMs());
        LOG.debug("connection {} from {}: client id {}, protocol {}, heartbeat {} ms", identity.connectionId(),
                remoteAddress, hello.clientId(), version, heartbeat);
        return new Outcome(new HelloOk(hello.requestId(), version, limits.brokerName(), identity.connectionId(),
                heartbeat, limits.maxFrameSize(), limits.brokerId()), null);
    }
}
