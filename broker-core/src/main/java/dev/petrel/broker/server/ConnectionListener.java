package dev.petrel.broker.server;

/**
 * Told when a client connection completes its handshake and when its channel closes (management registers and
 * unregisters its MBean). Called on the connection's event loop: an implementation must be quick and must not
 * wait for the connection.
 */
public interface ConnectionListener {

    ConnectionListener NONE = new ConnectionListener() {
    };

    default void connectionOpened(ConnectionControl connection) {
    }

    default void connectionClosed(ConnectionControl connection) {
    }
}
