package dev.petrel.broker.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.MBeanServerDelegate;
import javax.management.MBeanServerNotification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The connection MXBeans through the platform MBeanServer, against a real broker. */
class ConnectionMBeanTest {

    private static final String BROKER_NAME = "connection-mbean-test";
    private static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(c -> c.withName(BROKER_NAME));

    private static Connection connect(String clientId) throws JMSException {
        return new PetrelConnectionFactory(BROKER.url("jms.clientID=" + clientId)).createConnection();
    }

    /** The MBean of the connection holding {@code clientId}. */
    private static ObjectName nameOf(String clientId) throws JMException {
        for (ObjectName name : SERVER.queryNames(ObjectNames.connections(BROKER_NAME), null)) {
            if (clientId.equals(SERVER.getAttribute(name, "ClientId"))) {
                return name;
            }
        }
        throw new AssertionError("no connection MBean with client ID " + clientId);
    }

    private static ConnectionMXBean proxy(ObjectName name) {
        return JMX.newMXBeanProxy(SERVER, name, ConnectionMXBean.class);
    }

    private static BrokerMXBean broker() {
        return JMX.newMXBeanProxy(SERVER, ObjectNames.broker(BROKER_NAME), BrokerMXBean.class);
    }

    /** Waits, bounded, for {@code name} to be unregistered; whether it was. */
    private static boolean awaitUnregistered(ObjectName name) throws JMException, InterruptedException {
        CountDownLatch gone = new CountDownLatch(1);
        NotificationListener listener = (n, handback) -> {
            if (n instanceof MBeanServerNotification m && name.equals(m.getMBeanName())
                    && MBeanServerNotification.UNREGISTRATION_NOTIFICATION.equals(m.getType())) {
                gone.countDown();
            }
        };
        SERVER.addNotificationListener(MBeanServerDelegate.DELEGATE_NAME, listener, null, null);
        try {
            return !SERVER.isRegistered(name) || gone.await(10, TimeUnit.SECONDS);
        } finally {
            SERVER.removeNotificationListener(MBeanServerDelegate.DELEGATE_NAME, listener);
        }
    }

    @Test
    void connectionAppearsWithItsClientIdAndCountsAndGoesWhenClosed() throws Exception {
        ObjectName name;
        try (Connection c = connect("mbean-conn")) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            c.createSession(true, Session.SESSION_TRANSACTED);
            s.createConsumer(s.createQueue("conn.counts"));
            s.createProducer(s.createQueue("conn.counts"));
            s.createProducer(null);

            name = nameOf("mbean-conn");
            ConnectionMXBean connection = proxy(name);
            assertThat(connection.getId()).isEqualTo(ObjectNames.value(name, "connection"));
            assertThat(connection.getUser()).isEqualTo("anonymous");
            assertThat(connection.getRemoteAddress()).contains("127.0.0.1");
            assertThat(connection.getConnectedSince()).endsWith("Z");
            assertThat(connection.getSessionCount()).isEqualTo(2);
            assertThat(connection.getConsumerCount()).isEqualTo(1);
            assertThat(connection.getProducerCount()).isEqualTo(2);
            assertThat(broker().getConnectionCount())
                    .isEqualTo(SERVER.queryNames(ObjectNames.connections(BROKER_NAME), null).size());
        }
        assertThat(awaitUnregistered(name)).as("unregistered").isTrue();
    }

    @Test
    void closeTellsTheClientsExceptionListenerThatAnAdministratorClosedIt() throws Exception {
        try (Connection c = connect("mbean-kick")) {
            CompletableFuture<JMSException> heard = new CompletableFuture<>();
            c.setExceptionListener(heard::complete);
            c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            ObjectName name = nameOf("mbean-kick");
            int before = broker().getConnectionCount();

            proxy(name).close();

            assertThat(heard.get(10, TimeUnit.SECONDS)).hasMessageContaining("closed by an administrator");
            assertThat(SERVER.isRegistered(name)).isFalse();
            assertThat(broker().getConnectionCount()).isEqualTo(before - 1);
        }
    }
}
