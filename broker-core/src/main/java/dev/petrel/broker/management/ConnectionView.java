package dev.petrel.broker.management;

import dev.petrel.broker.server.ConnectionControl;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The {@link ConnectionMXBean} of one client connection. Thread-safe (stateless itself). */
final class ConnectionView implements ConnectionMXBean {

    private final ConnectionControl connection;

    ConnectionView(ConnectionControl connection) {
        this.connection = connection;
    }

    private ConnectionControl.Stats stats() {
        return Await.result(connection.stats(), "reading connection " + connection.id());
    }

    @Override
    public String getId() {
        return connection.id();
    }

    @Override
    public String getRemoteAddress() {
        return connection.remoteAddress();
    }

    @Override
    public String getClientId() {
        return Objects.requireNonNullElse(stats().clientId(), "");
    }

    @Override
    public String getUser() {
        return stats().user();
    }

    @Override
    public String getConnectedSince() {
        return connection.connectedSince().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Override
    public int getSessionCount() {
        return stats().sessions();
    }

    @Override
    public int getConsumerCount() {
        return stats().consumers();
    }

    @Override
    public int getProducerCount() {
        return stats().producers();
    }

    @Override
    public void close() {
        Await.result(connection.close(), "closing connection " + connection.id());
    }
}
