package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.JmsExceptions;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.JMSException;

/**
 * A connection's client ID (Jakarta Messaging 3.1 §6.1.2): set administratively ({@code jms.clientID}), or once
 * by the application right after the connection is created and before any other use; the broker refuses one
 * that another connection holds ({@code SET_CLIENT_ID} answered by {@code INVALID_CLIENT_ID}).
 *
 * <p>Threads: any thread of the connection; the state is guarded by this object's monitor.
 */
final class ClientIdentity {

    private final BrokerClient client;
    private final long requestTimeoutMs;
    private String clientId;
    private boolean administrative;
    /** True once the ID may no longer be set: set already, or the connection used. */
    private boolean fixed;

    ClientIdentity(String administrativeId, BrokerClient client, long requestTimeoutMs) {
        this.client = client;
        this.requestTimeoutMs = requestTimeoutMs;
        this.clientId = administrativeId;
        this.administrative = administrativeId != null;
        this.fixed = administrative;
    }

    synchronized String get() {
        return clientId;
    }

    /** The connection was used: from now on setClientID is refused. */
    synchronized void fix() {
        fixed = true;
    }

    synchronized void set(String newClientId) throws JMSException {
        if (administrative) {
            throw new IllegalStateException("the client ID " + clientId + " was configured administratively "
                    + "(jms.clientID) and cannot be changed (Connection.setClientID javadoc)");
        }
        if (fixed) {
            throw new IllegalStateException("the client ID can only be set once, right after the connection is "
                    + "created and before any other use" + (clientId == null ? "" : "; it is " + clientId));
        }
        if (newClientId == null || newClientId.isBlank()) {
            throw new InvalidClientIDException("a client ID must not be null or blank");
        }
        JmsExceptions.await(client.setClientId(newClientId), requestTimeoutMs, "setting client ID " + newClientId);
        clientId = newClientId;
        fixed = true;
    }
}
