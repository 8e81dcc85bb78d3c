package dev.petrel.broker.management;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MBeans one broker registered in the platform MBeanServer, so they can all go when it stops. A name
 * already taken (another broker of the same name in this JVM) is logged and skipped: management never stops a
 * broker from starting. Thread-safe.
 */
final class MBeanRegistrations {

    private static final Logger LOG = LoggerFactory.getLogger(MBeanRegistrations.class);

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final Set<ObjectName> registered = ConcurrentHashMap.newKeySet();

    MBeanServer server() {
        return server;
    }

    /** Registers {@code bean} as an MXBean of interface {@code type} under {@code name}. */
    <T> void register(ObjectName name, Class<T> type, T bean) {
        try {
            server.registerMBean(new StandardMBean(bean, type, true), name);
            registered.add(name);
        } catch (InstanceAlreadyExistsException e) {
            LOG.warn("JMX name {} is taken (another broker of the same name in this JVM?); not registered", name);
        } catch (JMException e) {
            LOG.warn("could not register {} in JMX: {}", name, e.toString());
        }
    }

    void unregister(ObjectName name) {
        if (registered.remove(name)) {
            try {
                server.unregisterMBean(name);
            } catch (InstanceNotFoundException e) {
                // gone already
            } catch (JMException e) {
                LOG.warn("could not unregister {} from JMX: {}", name, e.toString());
            }
        }
    }

    /** How many of this broker's MBeans match {@code pattern}. */
    int count(ObjectName pattern) {
        return (int) registered.stream().filter(pattern::apply).count();
    }

    void unregisterAll() {
        Set.copyOf(registered).forEach(this::unregister);
    }
}
