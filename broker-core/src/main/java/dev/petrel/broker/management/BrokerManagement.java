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
    private final JmxRemote remote;

    private BrokerManagement(String broker, JmxRemote remote) {
        this.broker = broker;
        this.remote = remote;
    }

    /**
     * Registers the broker's MBean, listens to {@code destinations} and starts remote JMX when configured.
     *
     * @param connections the number of open client connections
     */
    public static BrokerManagement start(BrokerConfig config, DestinationRegistry destinations,
            IntSupplier connections) {
        JmxRemote remote = null;
        MBeanRegistrations probe = new MBeanRegistrations();
        if (config.management().remote()) {
            remote = startRemote(config, probe);
        }
        BrokerManagement management = new BrokerManagement(config.name(), remote);
        Path store = config.persistence().enabled() ? config.dataDirectory().resolve("store") : null;
        management.registrations.register(ObjectNames.broker(config.name()), BrokerMXBean.class,
                new BrokerView(config.name(), Clock.systemUTC(), connections, management.registrations, store,
                        remote == null ? "" : remote.url()));
        destinations.listen(management);
        return management;
    }

    /**
     * Remote JMX, or null when its port is taken. Management is not what a broker is for: a second broker
     * started side by side with the shipped configuration (same JMX port, another {@code --port}) still serves
     * messages, and says plainly that the operator commands cannot reach it.
     */
    private static JmxRemote startRemote(BrokerConfig config, MBeanRegistrations probe) {
        try {
            JmxRemote remote = JmxRemote.start(config.management(), probe.server());
            LOG.info("broker '{}' accepts JMX clients at {}", config.name(), remote.url());
            return remote;
        } catch (IllegalStateException e) {
            LOG.warn("broker '{}' runs without remote JMX, so ./petrel queue|browse|connection… cannot reach it: {}",
                    config.name(), e.getMessage());
            return null;
        }
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
        if (remote != null) {
            remote.close();
        }
        registrations.unregisterAll();
    }
}
