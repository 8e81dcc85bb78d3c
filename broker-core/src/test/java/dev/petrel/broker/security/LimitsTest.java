package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.LimitsConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The limits of broker.xml's {@code <limits>}, reached over real sockets: a clear error and a log line each. */
@Timeout(60)
class LimitsTest {

    @RegisterExtension
    static final BrokerExtension PER_CONNECTION = new BrokerExtension(c -> c.withLimits(
            new LimitsConfig(0, 0, 2, 2)));

    @RegisterExtension
    static final BrokerExtension TOTAL = new BrokerExtension(c -> c.withLimits(new LimitsConfig(2, 0, 0, 0)));

    @RegisterExtension
    static final BrokerExtension PER_ADDRESS = new BrokerExtension(c -> c.withLimits(new LimitsConfig(0, 1, 0, 0)));

    private static Connection connect(BrokerExtension broker) throws JMSException {
        return new PetrelConnectionFactory(broker.url()).createConnection();
    }

    @Test
    void aConnectionBeyondTheTotalIsRefusedUntilOneCloses() throws JMSException {
        try (LogCapture log = new LogCapture(); Connection first = connect(TOTAL); Connection second = connect(TOTAL)) {
            assertThatThrownBy(() -> connect(TOTAL)).isInstanceOf(ResourceAllocationException.class)
                    .hasMessageContaining("limit of 2 connections").hasMessageContaining("maxConnections");
            assertThat(log.lines()).anyMatch(l -> l.contains("refusing connection") && l.contains("maxConnections"));
            first.close();
            connectAgainOnceCounted(TOTAL);
        }
    }

    @Test
    void aSecondConnectionFromOneAddressIsRefused() throws JMSException {
        try (Connection first = connect(PER_ADDRESS)) {
            assertThatThrownBy(() -> connect(PER_ADDRESS)).isInstanceOf(ResourceAllocationException.class)
                    .hasMessageContaining("connections from 127.0.0.1")
                    .hasMessageContaining("maxConnectionsPerAddress");
        }
    }

    /** The broker uncounts a connection when its channel has closed, just after the client saw the close. */
    private static void connectAgainOnceCounted(BrokerExtension broker) throws JMSException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                connect(broker).close();
                return;
            } catch (ResourceAllocationException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    @Test
    void producersAndConsumersBeyondTheirLimitAreRefusedAndTheConnectionStays() throws JMSException {
        try (LogCapture log = new LogCapture(); Connection connection = connect(PER_CONNECTION)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var queue = session.createQueue("limits.q");
            var first = session.createProducer(queue);
            session.createProducer(queue);
            assertThatThrownBy(() -> session.createProducer(queue)).isInstanceOf(ResourceAllocationException.class)
                    .hasMessageContaining("maxProducersPerConnection=\"2\"");
            session.createConsumer(queue);
            session.createBrowser(queue).getEnumeration();
            assertThatThrownBy(() -> session.createConsumer(queue)).isInstanceOf(ResourceAllocationException.class)
                    .hasMessageContaining("maxConsumersPerConnection");
            assertThat(log.lines()).anyMatch(l -> l.contains("maxProducersPerConnection"));
            first.close();
            session.createProducer(null).send(queue, session.createTextMessage("the connection still works"));
        }
    }
}
