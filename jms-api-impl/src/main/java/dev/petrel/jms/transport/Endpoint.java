package dev.petrel.jms.transport;

import java.util.Objects;

/**
 * Where a transport connects: a TCP host and port (plain or TLS), or the name of an in-JVM broker.
 *
 * @param scheme {@code tcp}, {@code ssl} or {@code vm}
 * @param host   the host for {@code tcp} and {@code ssl}; the broker name for {@code vm}
 * @param port   the port for {@code tcp} and {@code ssl}; 0 for {@code vm}
 */
public record Endpoint(Scheme scheme, String host, int port) {

    /** The transports this client speaks. */
    public enum Scheme {
        TCP, SSL, VM
    }

    public Endpoint {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
    }

    public static Endpoint tcp(String host, int port) {
        return new Endpoint(Scheme.TCP, host, port);
    }

    public static Endpoint ssl(String host, int port) {
        return new Endpoint(Scheme.SSL, host, port);
    }

    public static Endpoint vm(String brokerName) {
        return new Endpoint(Scheme.VM, brokerName, 0);
    }

    @Override
    public String toString() {
        return scheme == Scheme.VM ? "vm://" + host
                : scheme.name().toLowerCase(java.util.Locale.ROOT) + "://" + host + ":" + port;
    }
}
