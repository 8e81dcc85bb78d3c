package dev.petrel.broker.cli;

import dev.petrel.broker.management.ObjectNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The operator commands' connection to a running broker over JMX: finds the broker's MBeans and turns JMX
 * failures into one plain message. Owned by the command's thread; close it.
 */
final class JmxClient implements AutoCloseable {

    /** Where a broker with the shipped {@code conf/broker.xml} listens. */
    static final String DEFAULT_URL = "service:jmx:rmi:///jndi/rmi://127.0.0.1:1099/jmxrmi";

    private final JMXConnector connector;
    private final MBeanServerConnection server;
    private final String broker;

    private JmxClient(JMXConnector connector, MBeanServerConnection server, String broker) {
        this.connector = connector;
        this.server = server;
        this.broker = broker;
    }

    /** @throws IllegalStateException naming the URL and how to enable remote JMX when no broker answers */
    static JmxClient connect(String url) {
        JMXConnector connector = null;
        try {
            connector = JMXConnectorFactory.connect(new JMXServiceURL(url));
            MBeanServerConnection server = connector.getMBeanServerConnection();
            Set<ObjectName> brokers = server.queryNames(ObjectNames.brokers(), null);
            if (brokers.isEmpty()) {
                throw new IllegalStateException("no Petrel broker is registered at " + url);
            }
            String name = ObjectNames.value(brokers.iterator().next(), "name");
            return new JmxClient(connector, server, name);
        } catch (IOException e) {
            closeQuietly(connector);
            throw new IllegalStateException("cannot reach a broker at " + url + " (" + e.getMessage() + "); is it "
                    + "running with remote JMX on? Enable it in broker.xml with <management remote=\"true\" "
                    + "host=\"127.0.0.1\" port=\"1099\"/> or give --jmx-url", e);
        } catch (RuntimeException e) {
            closeQuietly(connector);
            throw e;
        }
    }

    String broker() {
        return broker;
    }

    /** The names of the MBeans {@code pattern} matches, sorted by their {@code key} value. */
    List<ObjectName> names(ObjectName pattern, String key) {
        try {
            List<ObjectName> names = new ArrayList<>(server.queryNames(pattern, null));
            names.sort((a, b) -> ObjectNames.value(a, key).compareTo(ObjectNames.value(b, key)));
            return names;
        } catch (IOException e) {
            throw new IllegalStateException("lost the broker: " + e.getMessage(), e);
        }
    }

    /** The named MBean, which must exist; {@code what} names it in the error. */
    ObjectName require(ObjectName name, String what) {
        try {
            if (!server.isRegistered(name)) {
                throw new IllegalArgumentException(what + " does not exist on broker '" + broker + "'");
            }
            return name;
        } catch (IOException e) {
            throw new IllegalStateException("lost the broker: " + e.getMessage(), e);
        }
    }

    /** The attributes' values, in the order asked. */
    List<Object> attributes(ObjectName name, String... attributes) {
        try {
            return server.getAttributes(name, attributes).asList().stream().map(Attribute::getValue).toList();
        } catch (IOException | JMException e) {
            throw failure(e);
        }
    }

    Object invoke(ObjectName name, String operation, Object[] args, String[] types) {
        try {
            return server.invoke(name, operation, args, types);
        } catch (IOException | JMException | RuntimeMBeanException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new IllegalStateException(root.getMessage(), e);
    }

    @Override
    public void close() {
        closeQuietly(connector);
    }

    private static void closeQuietly(JMXConnector connector) {
        try {
            if (connector != null) {
                connector.close();
            }
        } catch (IOException e) {
            // nothing left to do with a connection that will not close
        }
    }
}
