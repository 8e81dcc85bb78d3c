package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.config.LimitsConfig;
import dev.petrel.broker.destination.MessageOrigin;
import dev.petrel.broker.security.ConnectionAuthorizer;
import dev.petrel.protocol.ErrorCode;

/**
 * Who a connection is and what it may do: the broker's id for it, the JMS client ID it holds, if any, the
 * logged-in user's {@link ConnectionAuthorizer} and the per-connection limits. Owned by the connection's event
 * loop.
 */
final class ConnectionIdentity {

    private final ClientIdRegistry clientIds;
    private final String connectionId;
    private final LimitsConfig limits;
    private MessageOrigin origin;
    private ConnectionAuthorizer authorizer;

    ConnectionIdentity(ClientIdRegistry clientIds, String connectionId, LimitsConfig limits) {
        this.clientIds = clientIds;
        this.connectionId = connectionId;
        this.limits = limits;
        this.origin = new MessageOrigin(connectionId, null);
    }

    String connectionId() {
        return connectionId;
    }

    /** The producer and consumer limits of the connection. */
    LimitsConfig limits() {
        return limits;
    }

    /** What the logged-in user may do; set once the login succeeded, before any frame after HELLO is routed. */
    ConnectionAuthorizer authorizer() {
        return authorizer;
    }

    void authorize(ConnectionAuthorizer loggedIn) {
        this.authorizer = loggedIn;
    }

    /** The client ID, or null when none is set. */
    String clientId() {
        return origin.clientId();
    }

    /** What the connection's sends carry for no-local subscriptions. */
    MessageOrigin origin() {
        return origin;
    }

    /**
     * Claims a client ID for this connection (from {@code HELLO} or {@code SET_CLIENT_ID}).
     *
     * @throws BrokerException ILLEGAL_STATE when it already has one, INVALID_CLIENT_ID when another connection
     *                         holds it
     */
    void setClientId(String clientId) {
        if (origin.clientId() != null) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, "this connection already has client ID '"
                    + origin.clientId() + "'; a client ID is set once per connection");
        }
        clientIds.claim(clientId, connectionId);
        origin = new MessageOrigin(connectionId, clientId);
    }

    /** Gives the client ID back when the connection ends. Idempotent. */
    void release() {
        if (origin.clientId() != null) {
            clientIds.release(origin.clientId(), connectionId);
            origin = new MessageOrigin(connectionId, null);
        }
    }
}
