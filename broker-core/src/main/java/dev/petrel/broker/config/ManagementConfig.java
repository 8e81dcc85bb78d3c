package dev.petrel.broker.config;

import java.util.Objects;

/**
 * JMX management. The MBeans are always in the JVM's platform MBeanServer (jconsole attaching to the broker's
 * process sees them); {@code remote} also starts a JMX connector server with its RMI registry on
 * {@code host:port}, which {@code ./petrel queue …} and remote jconsole connect to.
 *
 * @param remote whether to accept remote JMX connections (no authentication: keep {@code host} on loopback)
 * @param host   the address the RMI registry and the connector listen on
 * @param port   the port of both, 1..65535, or 0 for a free one (tests)
 */
public record ManagementConfig(boolean remote, String host, int port) {

    public ManagementConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must be an address such as 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
    }

    /** Remote JMX off; when switched on, loopback port 1099. The one place these defaults live. */
    public static ManagementConfig defaults() {
        return new ManagementConfig(false, "127.0.0.1", 1099);
    }

    /** What the shipped {@code conf/broker.xml} sets: remote JMX on, on loopback only. */
    public static ManagementConfig loopback(int port) {
        return new ManagementConfig(true, "127.0.0.1", port);
    }

    /** The URL a JMX client connects to. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "service:jmx:rmi:///jndi/rmi://" + h + ":" + port + "/jmxrmi";
    }
}
