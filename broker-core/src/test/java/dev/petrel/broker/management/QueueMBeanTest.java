package dev.petrel.broker.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.protocol.DestinationRef;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.lang.management.ManagementFactory;
import javax.management.JMX;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The queue and broker MXBeans through the platform MBeanServer, against a real persistent broker. */
class QueueMBeanTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(c -> c.withName("mbean-test"));

    private static QueueMXBean queue(String name) {
        ObjectName objectName = ObjectNames.destination("mbean-test", DestinationRef.queue(name));
        assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(objectName)).isTrue();
        return JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(), objectName, QueueMXBean.class);
    }

    private static Connection connect() throws JMSException {
        return new PetrelConnectionFactory(BROKER.url()).createConnection();
    }

    @Test
    void pauseStopsDeliveryAndResumeRestartsIt() throws JMSException {
        try (Connection c = connect()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue("mbean.pause"));
            queue("mbean.pause").pause();
            s.createProducer(s.createQueue("mbean.pause")).send(s.createTextMessage("held"));

            assertThat(consumer.receive(300)).isNull();
            assertThat(queue("mbean.pause").isPaused()).isTrue();
            assertThat(queue("mbean.pause").getDepth()).isEqualTo(1);

            queue("mbean.pause").resume();
            assertThat(consumer.receive(5000)).isNotNull();
        }
        assertThat(queue("mbean.pause").getDequeuedCount()).isEqualTo(1);
        assertThat(queue("mbean.pause").getEnqueuedCount()).isEqualTo(1);
    }

    @Test
    void purgeRemovesPersistentMessagesAndCountsShowIt() throws JMSException {
        try (Connection c = connect()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer p = s.createProducer(s.createQueue("mbean.purge"));
            for (int i = 0; i < 3; i++) {
                p.send(s.createTextMessage("m" + i));
            }
        }
        QueueMXBean q = queue("mbean.purge");
        assertThat(q.getDepth()).isEqualTo(3);
        assertThat(q.browse("", 2)).extracting(MessageView::getBodyPreview).containsExactly("m0", "m1");
        assertThat(q.getOldestMessageAgeMillis()).isGreaterThanOrEqualTo(0);

        assertThat(q.purge()).isEqualTo(3);

        assertThat(q.getDepth()).isZero();
        assertThat(q.getInMemoryCount()).isZero();
    }

    @Test
    void moveToItselfAndBadSelectorsAreRefusedWithPlainExceptions() {
        QueueMXBean q = queue(createdQueue("mbean.refuse"));
        assertThatThrownBy(() -> q.moveMessages("", "mbean.refuse")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to itself");
        assertThatThrownBy(() -> q.moveMessages("a = ", "elsewhere")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void brokerMBeanCountsConnectionsAndDestinations() throws JMSException {
        BrokerMXBean broker = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
                ObjectNames.broker("mbean-test"), BrokerMXBean.class);
        try (Connection c = connect()) {
            c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThat(broker.getConnectionCount()).isGreaterThanOrEqualTo(1);
        }
        assertThat(broker.getName()).isEqualTo("mbean-test");
        assertThat(broker.getQueueCount()).isGreaterThanOrEqualTo(0);
        assertThat(broker.getStoreSizeBytes()).isPositive();
        assertThat(broker.getJmxUrl()).isEmpty();
    }

    private static String createdQueue(String name) {
        try (Connection c = connect()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            s.createProducer(s.createQueue(name)).close();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }
}
