package dev.petrel.broker.management;

import dev.petrel.broker.config.ManagementConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.NoSuchObjectException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.util.HashMap;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;

/**
 * The remote JMX endpoint: an RMI registry and the connector server on one port, both bound to the configured
 * address only, at {@code service:jmx:rmi:///jndi/rmi://HOST:PORT/jmxrmi}. No authentication: it is meant for
 * loopback. Owned by the thread that starts and stops the broker.
 */
final class JmxRemote implements AutoCloseable {

    private final Registry registry;
    private final JMXConnectorServer connector;
    private final String url;

    private JmxRemote(Registry registry, JMXConnectorServer connector, String url) {
        this.registry = registry;
        this.connector = connector;
        this.url = url;
    }

    /**
     * @throws IllegalStateException naming the address and the setting when the port cannot be bound
     */
    static JmxRemote start(ManagementConfig config, MBeanServer server) {
        try {
            InetAddress address = InetAddress.getByName(config.host());
            RMIServerSocketFactory sockets = port -> new ServerSocket(port, 50, address);
            if (System.getProperty("java.rmi.server.hostname") == null) {
                // the stubs the registry hands out must name the address we listen on, not the host's name
                System.setProperty("java.rmi.server.hostname", config.host());
            }
            Registry registry = LocateRegistry.createRegistry(config.port(), null, sockets);
            int port = config.port();
            String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
            JMXServiceURL url = new JMXServiceURL("service:jmx:rmi://" + host + ":" + port
                    + "/jndi/rmi://" + host + ":" + port + "/jmxrmi");
            Map<String, Object> env = new HashMap<>();
            env.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, sockets);
            JMXConnectorServer connector = JMXConnectorServerFactory.newJMXConnectorServer(url, env, server);
            try {
                connector.start();
            } catch (IOException e) {
                UnicastRemoteObject.unexportObject(registry, true);
                throw e;
            }
            return new JmxRemote(registry, connector, config.url());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start remote JMX on " + config.host() + ":" + config.port()
                    + ": " + e.getMessage() + "; is another broker using that port? Change <management port> in "
                    + "broker.xml or set remote=\"false\"", e);
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        try {
            connector.stop();
        } catch (IOException e) {
            // the broker is stopping; nothing to do about a connector that will not stop cleanly
        }
        try {
            UnicastRemoteObject.unexportObject(registry, true);
        } catch (NoSuchObjectException e) {
            // unexported already
        }
    }
}
