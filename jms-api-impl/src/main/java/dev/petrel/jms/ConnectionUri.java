package dev.petrel.jms;

import dev.petrel.jms.transport.Endpoint;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lexical half of a connection URI: {@code tcp://host[:port][?query]} or {@code vm://name[?query]} split
 * into an {@link Endpoint} and the raw query options. {@link ConnectionOptions} gives the options their types.
 *
 * @param endpoint where to connect
 * @param query    the options in URI order, values percent-decoded
 */
record ConnectionUri(Endpoint endpoint, Map<String, String> query) {

    /** The port of {@code tcp://host} without one: the broker's default. */
    static final int DEFAULT_PORT = 61616;
    /** The port of {@code ssl://host} without one, as ActiveMQ's. */
    static final int DEFAULT_SSL_PORT = 61617;

    static ConnectionUri parse(String uri) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("the connection URI is empty: give one like tcp://localhost:61616 "
                    + "or vm://embedded");
        }
        int schemeEnd = uri.indexOf("://");
        if (schemeEnd < 0) {
            throw bad(uri, "it has no scheme", "write it as tcp://host:port or vm://name");
        }
        String scheme = uri.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = uri.substring(schemeEnd + 3);
        int queryStart = rest.indexOf('?');
        String authority = stripSlash(queryStart < 0 ? rest : rest.substring(0, queryStart));
        Map<String, String> query = queryStart < 0 ? Map.of() : parseQuery(uri, rest.substring(queryStart + 1));
        Endpoint endpoint = switch (scheme) {
            case "tcp" -> tcp(uri, authority, DEFAULT_PORT);
            case "ssl" -> {
                Endpoint plain = tcp(uri, authority, DEFAULT_SSL_PORT);
                yield Endpoint.ssl(plain.host(), plain.port());
            }
            case "vm" -> vm(uri, authority);
            default -> throw bad(uri, "the scheme '" + scheme + "' is not one this client speaks",
                    "use tcp://host:port for a broker over the network, ssl://host:port for one over TLS or "
                            + "vm://name for one in this JVM");
        };
        return new ConnectionUri(endpoint, query);
    }

    private static String stripSlash(String authority) {
        return authority.endsWith("/") ? authority.substring(0, authority.length() - 1) : authority;
    }

    private static Endpoint tcp(String uri, String authority, int defaultPort) {
        String host;
        String port;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw bad(uri, "the IPv6 address has no closing ']'", "write it as tcp://[::1]:61616");
            }
            host = authority.substring(1, close);
            port = authority.length() > close + 1 && authority.charAt(close + 1) == ':'
                    ? authority.substring(close + 2) : null;
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw bad(uri, "it names no host", "write it as tcp://host:port, e.g. tcp://localhost:61616");
        }
        return Endpoint.tcp(host, port == null ? defaultPort : parsePort(uri, port));
    }

    private static int parsePort(String uri, String port) {
        try {
            int value = Integer.parseInt(port);
            if (value >= 1 && value <= 65535) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the fix
        }
        throw bad(uri, "the port '" + port + "' is not a number from 1 to 65535",
                "write the broker's port after the host, e.g. tcp://localhost:61616");
    }

    private static Endpoint vm(String uri, String authority) {
        if (authority.isEmpty()) {
            throw bad(uri, "it names no in-JVM broker", "write it as vm://name, e.g. vm://embedded");
        }
        return Endpoint.vm(authority);
    }

    private static Map<String, String> parseQuery(String uri, String query) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw bad(uri, "the option '" + pair + "' has no value", "write options as name=value");
            }
            String key = pair.substring(0, eq);
            if (options.put(key, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                throw bad(uri, "the option '" + key + "' is given twice", "give each option once");
            }
        }
        return options;
    }

    /**
     * The URI with one option set to {@code value} (replacing it where it stands, else appended), or removed
     * when {@code value} is null. The result is not checked here: {@link ConnectionOptions#parse} does that.
     */
    static String withOption(String uri, String key, String value) {
        int queryStart = uri.indexOf('?');
        String base = queryStart < 0 ? uri : uri.substring(0, queryStart);
        List<String> pairs = new ArrayList<>();
        boolean replaced = false;
        for (String pair : queryStart < 0 ? new String[0] : uri.substring(queryStart + 1).split("&")) {
            boolean same = pair.equals(key) || pair.startsWith(key + "=");
            if (!same) {
                if (!pair.isEmpty()) {
                    pairs.add(pair);
                }
            } else if (value != null && !replaced) {
                pairs.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                replaced = true;
            }
        }
        if (value != null && !replaced) {
            pairs.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? base : base + "?" + String.join("&", pairs);
    }

    /** The URI with the password's value hidden, for messages and logs. */
    static String masked(String uri) {
        return uri == null ? null : uri.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    static IllegalArgumentException bad(String uri, String problem, String fix) {
        return new IllegalArgumentException("bad connection URI " + masked(uri) + ": " + problem + "; " + fix);
    }
}
