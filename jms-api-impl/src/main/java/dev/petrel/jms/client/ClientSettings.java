package dev.petrel.jms.client;

import dev.petrel.jms.transport.Endpoint;
import dev.petrel.jms.transport.TlsSettings;
import java.util.Objects;

/**
 * What a {@link WireClient} needs to open a connection and introduce itself.
 *
 * @param endpoint           where the broker listens
 * @param clientId           the JMS client ID to claim in the handshake, or null
 * @param userName           the user to authenticate, or null for anonymous
 * @param password           the password, or null; never logged
 * @param connectTimeoutMs   how long connecting plus the handshake may take, above 0
 * @param heartbeatTimeoutMs the silence after which the connection counts as dead, 0 for never
 * @param maxFrameSize       the largest frame accepted from the broker
 * @param tls                how to set up TLS for an {@code ssl://} endpoint; null for the defaults
 */
public record ClientSettings(Endpoint endpoint, String clientId, String userName, String password,
        int connectTimeoutMs, int heartbeatTimeoutMs, int maxFrameSize, TlsSettings tls) {

    public ClientSettings {
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Settings without TLS options (the defaults, for an {@code ssl://} endpoint). */
    public ClientSettings(Endpoint endpoint, String clientId, String userName, String password,
            int connectTimeoutMs, int heartbeatTimeoutMs, int maxFrameSize) {
        this(endpoint, clientId, userName, password, connectTimeoutMs, heartbeatTimeoutMs, maxFrameSize, null);
    }

    @Override
    public String toString() {
        return "ClientSettings[" + endpoint + ", clientId=" + clientId + ", userName=" + userName
                + ", connectTimeoutMs=" + connectTimeoutMs + ", heartbeatTimeoutMs=" + heartbeatTimeoutMs
                + ", maxFrameSize=" + maxFrameSize + (tls == null ? "" : ", " + tls) + "]";
    }
}
