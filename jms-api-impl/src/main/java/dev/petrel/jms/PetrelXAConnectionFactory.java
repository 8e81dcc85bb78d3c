package dev.petrel.jms;

import dev.petrel.jms.client.WireClient;
import jakarta.jms.Connection;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.QueueConnection;
import jakarta.jms.TopicConnection;
import jakarta.jms.XAQueueConnectionFactory;
import jakarta.jms.XATopicConnectionFactory;
import java.io.Serializable;
import java.time.Clock;
import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;

/**
 * Makes XA connections ({@link PetrelXAConnection}) and XA contexts to the broker a URI names, for a transaction
 * manager to enlist; it is an ordinary connection factory too (XAConnectionFactory javadoc: the plain methods
 * make plain connections), through a {@link PetrelConnectionFactory} for the same URI. Immutable and
 * thread-safe; serializable and referenceable so it can be bound in JNDI.
 */
public final class PetrelXAConnectionFactory implements XAQueueConnectionFactory, XATopicConnectionFactory,
        Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final PetrelConnectionFactory plain;

    /**
     * A factory for the broker {@code uri} names.
     *
     * @throws IllegalArgumentException when the URI is malformed or names an unknown option
     */
    public PetrelXAConnectionFactory(String uri) {
        this.plain = new PetrelConnectionFactory(uri);
    }

    /** The options every connection of this factory uses. */
    public ConnectionOptions options() {
        return plain.options();
    }

    /** Stored by JNDI providers and application servers like {@link PetrelConnectionFactory#getReference()}. */
    @Override
    public Reference getReference() {
        return new Reference(getClass().getName(), new StringRefAddr("uri", plain.getBrokerURL()),
                "dev.petrel.jndi.PetrelObjectFactory", null);
    }

    @Override
    public PetrelXAConnection createXAConnection() throws JMSException {
        return open(options());
    }

    @Override
    public PetrelXAConnection createXAConnection(String userName, String password) throws JMSException {
        return open(options().withCredentials(userName, password));
    }

    @Override
    public PetrelXAConnection createXAQueueConnection() throws JMSException {
        return createXAConnection();
    }

    @Override
    public PetrelXAConnection createXAQueueConnection(String userName, String password) throws JMSException {
        return createXAConnection(userName, password);
    }

    @Override
    public PetrelXAConnection createXATopicConnection() throws JMSException {
        return createXAConnection();
    }

    @Override
    public PetrelXAConnection createXATopicConnection(String userName, String password) throws JMSException {
        return createXAConnection(userName, password);
    }

    @Override
    public PetrelXAJMSContext createXAContext() {
        return xaContext(options());
    }

    @Override
    public PetrelXAJMSContext createXAContext(String userName, String password) {
        return xaContext(options().withCredentials(userName, password));
    }

    private static PetrelXAConnection open(ConnectionOptions connectionOptions) throws JMSException {
        return PetrelXAConnection.openXa(connectionOptions, WireClient::connect, Clock.systemUTC());
    }

    private static PetrelXAJMSContext xaContext(ConnectionOptions connectionOptions) {
        PetrelXAConnection connection = Unchecked.call(() -> open(connectionOptions));
        return new PetrelXAJMSContext(new ContextConnection(connection));
    }

    @Override
    public Connection createConnection() throws JMSException {
        return plain.createConnection();
    }

    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        return plain.createConnection(userName, password);
    }

    @Override
    public QueueConnection createQueueConnection() throws JMSException {
        return plain.createQueueConnection();
    }

    @Override
    public QueueConnection createQueueConnection(String userName, String password) throws JMSException {
        return plain.createQueueConnection(userName, password);
    }

    @Override
    public TopicConnection createTopicConnection() throws JMSException {
        return plain.createTopicConnection();
    }

    @Override
    public TopicConnection createTopicConnection(String userName, String password) throws JMSException {
        return plain.createTopicConnection(userName, password);
    }

    @Override
    public JMSContext createContext() {
        return plain.createContext();
    }

    @Override
    public JMSContext createContext(String userName, String password) {
        return plain.createContext(userName, password);
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        return plain.createContext(userName, password, sessionMode);
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        return plain.createContext(sessionMode);
    }

    @Override
    public String toString() {
        return "PetrelXAConnectionFactory[" + options() + "]";
    }
}
