package dev.petrel.broker.management;

import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.destination.DestinationListener;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.destination.QueueControl;
import dev.petrel.broker.destination.SubscriptionControl;
import dev.petrel.broker.destination.TopicControl;
import dev.petrel.broker.server.ConnectionControl;
import dev.petrel.broker.server.ConnectionListener;
import dev.petrel.protocol.DestinationRef;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One broker's JMX presence: its MBean, one per destination, durable subscription and connection, registered as
 * they appear and unregistered as they go, and, when configured, the remote connector server. Thread-safe: the
 * callbacks come from IO threads and destination executors.
 */
public final class BrokerManagement implements DestinationListener, ConnectionListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerManagement.class);

    private final String broker;
    private final MBeanRegistrations registrations = new MBeanRegistrations();
    /** Set once by {@link #startRemote}, on the starting thread; read by the broker MBean and {@link #close}. */
    private volatile JmxRemote remote;

    private BrokerManagement(String broker) {
        this.broker = broker;
    }

    /**
     * Registers the broker's MBean and listens to {@code destinations}, so that queues restored at start get
     * their MBeans; remote JMX comes later ({@link #startRemote}), off the path to accepting clients.
     *
     * @param connections the number of open client connections
     */
    public static BrokerManagement start(BrokerConfig config, DestinationRegistry destinations,
            IntSupplier connections) {
        BrokerManagement management = new BrokerManagement(config.name());
        Path store = config.persistence().enabled() ? config.dataDirectory().resolve("store") : null;
        management.registrations.register(ObjectNames.broker(config.name()), BrokerMXBean.class,
                new BrokerView(config.name(), Clock.systemUTC(), connections, management.registrations, store,
                        management::jmxUrl));
        destinations.listen(management);
        return management;
    }

    /**
     * Opens remote JMX when configured. A taken port is a warning, not a failure: management is not what a
     * broker is for, and a second broker started side by side with the shipped configuration (same JMX port,
     * another {@code --port}) must still serve messages, saying plainly that the operator commands cannot
     * reach it.
     */
    public void startRemote(BrokerConfig config) {
        if (!config.management().remote()) {
            return;
        }
        try {
            remote = JmxRemote.start(config.management(), registrations.server());
            LOG.info("broker '{}' accepts JMX clients at {}", config.name(), remote.url());
        } catch (IllegalStateException e) {
            LOG.warn("broker '{}' runs without remote JMX, so ./petrel queue|browse|connection… cannot reach it: {}",
                    config.name(), e.getMessage());
        }
    }

    private String jmxUrl() {
        JmxRemote current = remote;
        return current == null ? "" : current.url();
    }

    @Override
    public void queueAdded(QueueControl queue) {
        registrations.register(ObjectNames.destination(broker, queue.ref()), QueueMXBean.class, new QueueView(queue));
    }

    @Override
    public void topicAdded(TopicControl topic) {
        registrations.register(ObjectNames.destination(broker, topic.ref()), TopicMXBean.class, new TopicView(topic));
    }

    @Override
    public void destinationRemoved(DestinationRef ref) {
        registrations.unregister(ObjectNames.destination(broker, ref));
    }

    @Override
    public void subscriptionAdded(SubscriptionControl s) {
        registrations.register(ObjectNames.subscription(broker, s.topic(), s.key()), SubscriptionMXBean.class,
                new SubscriptionView(s));
    }

    @Override
    public void subscriptionRemoved(SubscriptionControl s) {
        registrations.unregister(ObjectNames.subscription(broker, s.topic(), s.key()));
    }

    @Override
    public void connectionOpened(ConnectionControl connection) {
        registrations.register(ObjectNames.connection(broker, connection.id()), ConnectionMXBean.class,
                new ConnectionView(connection));
    }

    @Override
    public void connectionClosed(ConnectionControl connection) {
        registrations.unregister(ObjectNames.connection(broker, connection.id()));
    }

    /** Unregisters every MBean of this broker and stops remote JMX. Idempotent. */
    @Override
    public void close() {
        JmxRemote current = remote;
        if (current != null) {
            current.close();
        }
        registrations.unregisterAll();
    }
}
