package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.destination.MessageOrigin;
import dev.petrel.protocol.ErrorCode;

/**
 * Who a connection is: the broker's id for it and the JMS client ID it holds, if any. Owned by the
 * connection's event loop.
 */
final class ConnectionIdentity {

    private final ClientIdRegistry clientIds;
    private final String connectionId;
    private MessageOrigin origin;

    ConnectionIdentity(ClientIdRegistry clientIds, String connectionId) {
        this.clientIds = clientIds;
        this.connectionId = connectionId;
        this.origin = new MessageOrigin(connectionId, null);
    }

    String connectionId() {
        return connectionId;
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
