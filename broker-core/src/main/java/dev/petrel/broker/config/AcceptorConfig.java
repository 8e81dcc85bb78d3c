package dev.petrel.broker.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One listening socket of the broker, written {@code tcp://HOST:PORT} (or {@code ssl://HOST:PORT} with a
 * {@code <tls>} element) in the configuration.
 *
 * @param name a label for logs and management, unique among the broker's acceptors
 * @param host the address to bind; {@code 0.0.0.0} listens on every IPv4 interface
 * @param port the TCP port, 0..65535; 0 lets the operating system pick a free one
 * @param tls  the TLS settings of an {@code ssl://} acceptor, null for plain {@code tcp://}
 */
public record AcceptorConfig(String name, String host, int port, TlsConfig tls) {

    private static final String EXPECTED_URI = "expected tcp://HOST:PORT such as tcp://0.0.0.0:61616, or "
            + "ssl://HOST:PORT with a <tls> element";

    public AcceptorConfig {
        requireNotBlank("name", name);
        requireNotBlank("host", host);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
    }

    /** A plain TCP acceptor. */
    public AcceptorConfig(String name, String host, int port) {
        this(name, host, port, null);
    }

    /** The acceptor an empty {@code <broker/>} gets; the one place its defaults live. */
    public static AcceptorConfig defaults() {
        return new AcceptorConfig("tcp", "0.0.0.0", 61616);
    }

    /**
     * Parses {@code tcp://HOST:PORT} (IPv6 hosts in brackets, {@code tcp://[::]:61616}).
     *
     * @throws IllegalArgumentException saying what was expected, if {@code uri} is not such a URI
     */
    public static AcceptorConfig fromUri(String name, String uri) {
        return fromUri(name, uri, null);
    }

    /**
     * Parses {@code tcp://HOST:PORT}, or {@code ssl://HOST:PORT} when {@code tls} is given.
     *
     * @throws IllegalArgumentException saying what was expected, if {@code uri} is not such a URI or the scheme
     *                                  and the presence of {@code tls} disagree
     */
    public static AcceptorConfig fromUri(String name, String uri, TlsConfig tls) {
        URI parsed;
        try {
            parsed = new URI(uri.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(EXPECTED_URI, e);
        }
        String scheme = parsed.getScheme();
        if ("ssl".equalsIgnoreCase(scheme) && tls == null) {
            throw new IllegalArgumentException("an ssl:// acceptor needs a <tls keyStore=\"…\" keyStorePassword=\"…\"/>"
                    + " element inside it");
        }
        if ("tcp".equalsIgnoreCase(scheme) && tls != null) {
            throw new IllegalArgumentException("a <tls> element needs an ssl://HOST:PORT uri, not tcp://");
        }
        if (!"tcp".equalsIgnoreCase(scheme) && !"ssl".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("unsupported scheme \"" + scheme + "\": " + EXPECTED_URI);
        }
        // An out-of-range or missing port makes java.net.URI fall back to a host-less authority.
        if (parsed.getHost() == null || parsed.getPort() < 0 || parsed.getUserInfo() != null) {
            throw new IllegalArgumentException(EXPECTED_URI);
        }
        if (!parsed.getRawPath().isEmpty() || parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
            throw new IllegalArgumentException(EXPECTED_URI + ", with nothing after the port");
        }
        return new AcceptorConfig(name, unbracket(parsed.getHost()), parsed.getPort(), tls);
    }

    /** This acceptor as a URI, {@code tcp://HOST:PORT} or {@code ssl://HOST:PORT}, the form {@link #fromUri} reads. */
    public String uri() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return (tls == null ? "tcp" : "ssl") + "://" + shownHost + ":" + port;
    }

    /** A copy listening on {@code newPort}. */
    public AcceptorConfig withPort(int newPort) {
        return new AcceptorConfig(name, host, newPort, tls);
    }

    /** Returns {@code acceptors} if no two share a name; two with one name could not be told apart in JMX. */
    static List<AcceptorConfig> requireUniqueNames(List<AcceptorConfig> acceptors) {
        Set<String> seen = new HashSet<>();
        for (AcceptorConfig acceptor : acceptors) {
            if (!seen.add(acceptor.name())) {
                throw new IllegalArgumentException("two acceptors are named \"" + acceptor.name()
                        + "\": expected a unique name for each acceptor");
            }
        }
        return acceptors;
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static void requireNotBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
    }
}
