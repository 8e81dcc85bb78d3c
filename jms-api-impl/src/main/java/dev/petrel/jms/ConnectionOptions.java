package dev.petrel.jms;

import dev.petrel.jms.client.ClientSettings;
import dev.petrel.jms.transport.Endpoint;
import dev.petrel.jms.transport.TlsSettings;
import java.util.List;
import java.util.Map;

/**
 * Everything a connection URI says, typed and checked once: {@code tcp://host:port?name=value&…},
 * {@code ssl://host:port?…} or {@code vm://name?…}. An unknown option is an error, so a misspelt option never silently does nothing.
 *
 * @param uri                the URI as given
 * @param endpoint           where to connect
 * @param clientId           {@code jms.clientID}: the administratively set client ID, or null
 * @param userName           {@code jms.userName}, or null
 * @param password           {@code jms.password}, or null
 * @param prefetch           {@code jms.prefetch}: messages a consumer may hold before the application takes
 *                           them; 0 means each receive pulls one message
 * @param connectTimeoutMs   {@code connectTimeout}: connect plus handshake, in ms
 * @param heartbeatTimeoutMs {@code heartbeatTimeout}: silence after which the connection is dead, ms, 0 = off
 * @param maxFrameSize       {@code maxFrameSize}: the largest frame accepted from the broker, in bytes
 * @param trustedPackages    {@code jms.trustedPackages}: packages (comma-separated) whose classes an ObjectMessage
 *                           may deserialize besides the JDK's value types; {@code *} for all
 * @param tls                the {@code ssl.*} options of an {@code ssl://} URI; null for other schemes
 */
public record ConnectionOptions(String uri, Endpoint endpoint, String clientId, String userName, String password,
        int prefetch, int connectTimeoutMs, int heartbeatTimeoutMs, int maxFrameSize,
        TrustedPackages trustedPackages, TlsSettings tls) {

    /** The URI of a factory created without one. */
    public static final String DEFAULT_URI = "tcp://localhost:61616";
    public static final int DEFAULT_PREFETCH = 1000;
    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
    public static final int DEFAULT_HEARTBEAT_TIMEOUT_MS = 30_000;
    /** The broker's default largest message (100 MiB) plus room for headers and properties. */
    public static final int DEFAULT_MAX_FRAME_SIZE = 100 * 1024 * 1024 + 64 * 1024;

    /** The option names this client knows, in the order the error message lists them. */
    static final List<String> KNOWN = List.of("jms.clientID", "jms.userName", "jms.password", "jms.prefetch",
            "connectTimeout", "heartbeatTimeout", "maxFrameSize", TrustedPackages.OPTION, "ssl.trustStore",
            "ssl.trustStorePassword", "ssl.keyStore", "ssl.keyStorePassword", "ssl.verifyHostname");

    private static final int MIN_FRAME_SIZE = 1024;

    /**
     * Parses a connection URI.
     *
     * @throws IllegalArgumentException naming the URI, the problem and the fix
     */
    public static ConnectionOptions parse(String uri) {
        ConnectionUri parsed = ConnectionUri.parse(uri);
        Map<String, String> q = parsed.query();
        for (String key : q.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "' in URI " + ConnectionUri.masked(uri)
                        + "; known options: " + String.join(", ", KNOWN));
            }
        }
        return new ConnectionOptions(uri, parsed.endpoint(), q.get("jms.clientID"), q.get("jms.userName"),
                q.get("jms.password"),
                number(uri, q, "jms.prefetch", DEFAULT_PREFETCH, 0, "0 or more (0 = each receive pulls one message)"),
                number(uri, q, "connectTimeout", DEFAULT_CONNECT_TIMEOUT_MS, 1, "milliseconds, 1 or more"),
                number(uri, q, "heartbeatTimeout", DEFAULT_HEARTBEAT_TIMEOUT_MS, 0, "milliseconds, 0 = off"),
                number(uri, q, "maxFrameSize", DEFAULT_MAX_FRAME_SIZE, MIN_FRAME_SIZE,
                        "bytes, " + MIN_FRAME_SIZE + " or more"),
                TrustedPackages.parse(q.get(TrustedPackages.OPTION)), tls(uri, parsed.endpoint(), q));
    }

    private static TlsSettings tls(String uri, Endpoint endpoint, Map<String, String> q) {
        boolean ssl = endpoint.scheme() == Endpoint.Scheme.SSL;
        for (String key : q.keySet()) {
            if (key.startsWith("ssl.") && !ssl) {
                throw ConnectionUri.bad(uri, "the option " + key + " applies only to TLS connections",
                        "connect with ssl://host:port to use TLS, or leave the ssl.* options out");
            }
        }
        if (!ssl) {
            return null;
        }
        String verify = q.getOrDefault("ssl.verifyHostname", "true").trim();
        if (!verify.equals("true") && !verify.equals("false")) {
            throw ConnectionUri.bad(uri, "the option ssl.verifyHostname=" + verify + " is not a valid value",
                    "give ssl.verifyHostname as true or false");
        }
        return new TlsSettings(q.get("ssl.trustStore"), q.get("ssl.trustStorePassword"), q.get("ssl.keyStore"),
                q.get("ssl.keyStorePassword"), Boolean.parseBoolean(verify));
    }

    private static int number(String uri, Map<String, String> q, String key, int defaultValue, int min,
            String expected) {
        String text = q.get(key);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw ConnectionUri.bad(uri, "the option " + key + "=" + text + " is not a valid value",
                "give " + key + " as a whole number: " + expected);
    }

    /** These options with other credentials: explicit ones passed to {@code createConnection} win. */
    public ConnectionOptions withCredentials(String newUserName, String newPassword) {
        return new ConnectionOptions(uri, endpoint, clientId, newUserName, newPassword, prefetch, connectTimeoutMs,
                heartbeatTimeoutMs, maxFrameSize, trustedPackages, tls);
    }

    /** What the wire client needs of these options. */
    public ClientSettings clientSettings() {
        return new ClientSettings(endpoint, clientId, userName, password, connectTimeoutMs, heartbeatTimeoutMs,
                maxFrameSize, tls);
    }

    /** The URI with the password hidden. */
    @Override
    public String toString() {
        return ConnectionUri.masked(uri);
    }
}
