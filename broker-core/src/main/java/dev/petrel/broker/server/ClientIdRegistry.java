package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.protocol.ErrorCode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which connection holds which JMS client ID, broker-wide: a client ID identifies one connection at a time
 * (Jakarta Messaging 3.1 §6.1.2). Thread-safe: every connection's event loop claims and releases here.
 */
final class ClientIdRegistry {

    private final ConcurrentMap<String, String> holders = new ConcurrentHashMap<>();

    /**
     * Gives {@code clientId} to the connection.
     *
     * @throws BrokerException INVALID_CLIENT_ID naming the id when another connection holds it or it is blank
     */
    void claim(String clientId, String connectionId) {
        if (clientId.isBlank()) {
            throw new BrokerException(ErrorCode.INVALID_CLIENT_ID, "a client ID may not be empty");
        }
        String holder = holders.putIfAbsent(clientId, connectionId);
        if (holder != null && !holder.equals(connectionId)) {
            throw new BrokerException(ErrorCode.INVALID_CLIENT_ID, "client ID '" + clientId + "' is in use by "
                    + "another connection; close that connection or choose another client ID");
        }
    }

    /** Frees the id if the connection holds it. */
    void release(String clientId, String connectionId) {
        holders.remove(clientId, connectionId);
    }
}
