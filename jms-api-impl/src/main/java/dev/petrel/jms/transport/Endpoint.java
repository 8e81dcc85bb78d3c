package dev.petrel.jms.transport;

import java.util.Objects;

/**
 * Where a transport connects: a TCP host and port, or the name of an in-JVM broker.
 *
 * @param scheme {@code tcp} or {@code vm}
 * @param host   the host for {@code tcp}; the broker name for {@code vm}
 * @param port   the port for {@code tcp}; 0 for {@code vm}
 */
public record Endpoint(Scheme scheme, String host, int port) {

    /** The transports this client speaks. */
    public enum Scheme {
        TCP, VM
    }

    public Endpoint {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
    }

    public static Endpoint tcp(String host, int port) {
        return new Endpoint(Scheme.TCP, host, port);
    }

    public static Endpoint vm(String brokerName) {
        return new Endpoint(Scheme.VM, brokerName, 0);
    }

    @Override
    public String toString() {
        return scheme == Scheme.VM ? "vm://" + host : "tcp://" + host + ":" + port;
    }
}
