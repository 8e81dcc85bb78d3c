package dev.petrel.broker.persistence;

import dev.petrel.broker.Broker;
import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.PersistenceConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A real broker on loopback with its store in a test's directory, that a test stops and starts again on the
 * same data, and the client connections it opened (closed with the broker). Owned by the test thread.
 */
final class RestartableBroker implements AutoCloseable {

    private final BrokerConfig config;
    private final Deque<Connection> connections = new ArrayDeque<>();
    private Broker broker;

    RestartableBroker(Path dataDirectory, boolean persistent) {
        this.config = BrokerExtension.onLoopback(dataDirectory).withPersistence(new PersistenceConfig(persistent));
    }

    RestartableBroker start() {
        broker = Broker.start(config);
        return this;
    }

    /** Stops the broker (its connections die with it) and starts it again on the same data. */
    RestartableBroker restart() {
        stop();
        return start();
    }

    void stop() {
        broker.close();
        broker = null;
        closeConnections();
    }

    /** A started connection; a client ID is set when one is given. */
    Connection connect(String clientId) throws JMSException {
        Connection connection = new PetrelConnectionFactory("tcp://127.0.0.1:" + broker.port()).createConnection();
        if (clientId != null) {
            connection.setClientID(clientId);
        }
        connection.start();
        connections.push(connection);
        return connection;
    }

    private void closeConnections() {
        while (!connections.isEmpty()) {
            try {
                connections.pop().close();
            } catch (JMSException e) {
                // the broker is gone; closing is best effort
            }
        }
    }

    @Override
    public void close() {
        if (broker != null) {
            stop();
        }
    }
}
