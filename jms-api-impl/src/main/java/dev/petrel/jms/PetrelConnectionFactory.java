package dev.petrel.jms;

import dev.petrel.jms.client.ClientConnector;
import dev.petrel.jms.client.WireClient;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueConnectionFactory;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicConnectionFactory;
import java.io.Serializable;
import java.time.Clock;
import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;

/**
 * Makes connections to the broker a URI names, e.g. {@code tcp://localhost:61616?jms.prefetch=100} or
 * {@code vm://embedded}; see {@link ConnectionOptions} for the options. The URI is checked when the factory is
 * made, so a typo fails at once. Immutable and thread-safe; serializable so it can be bound in JNDI.
 */
public final class PetrelConnectionFactory implements ConnectionFactory, QueueConnectionFactory,
        TopicConnectionFactory, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final String uri;
    private final transient ConnectionOptions options;

    /** A factory for the broker at {@value ConnectionOptions#DEFAULT_URI}. */
    public PetrelConnectionFactory() {
        this(ConnectionOptions.DEFAULT_URI);
    }

    /**
     * A factory for the broker {@code uri} names.
     *
     * @throws IllegalArgumentException when the URI is malformed or names an unknown option, saying how to fix it
     */
    public PetrelConnectionFactory(String uri) {
        this.options = ConnectionOptions.parse(uri);
        this.uri = uri;
    }

    /** The options every connection of this factory uses. */
    public ConnectionOptions options() {
        return options != null ? options : ConnectionOptions.parse(uri);
    }

    @Override
    public Connection createConnection() throws JMSException {
        return open(options());
    }

    /** Connects as {@code userName}; explicit credentials win over those in the URI. */
    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        return open(options().withCredentials(userName, password));
    }

    @Override
    public QueueConnection createQueueConnection() throws JMSException {
        return open(options());
    }

    @Override
    public QueueConnection createQueueConnection(String userName, String password) throws JMSException {
        return open(options().withCredentials(userName, password));
    }

    @Override
    public TopicConnection createTopicConnection() throws JMSException {
        return open(options());
    }

    @Override
    public TopicConnection createTopicConnection(String userName, String password) throws JMSException {
        return open(options().withCredentials(userName, password));
    }

    private static PetrelConnection open(ConnectionOptions connectionOptions) throws JMSException {
        ClientConnector connector = WireClient::connect;
        return PetrelConnection.open(connectionOptions, connector, Clock.systemUTC());
    }

    @Override
    public JMSContext createContext() {
        return createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(String userName, String password) {
        return createContext(userName, password, JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        return context(options().withCredentials(userName, password), sessionMode);
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        return context(options(), sessionMode);
    }

    /** A JMSContext on a connection of its own (ConnectionFactory.createContext javadoc). */
    private static JMSContext context(ConnectionOptions connectionOptions, int sessionMode) {
        int mode = Unchecked.call(() -> SessionModes.check(sessionMode));
        PetrelConnection connection = Unchecked.call(() -> open(connectionOptions));
        return new PetrelJMSContext(new ContextConnection(connection), mode);
    }

    /**
     * How a JNDI provider or an application server stores this factory: its class and URI (password included,
     * as the URI holds it), rebuilt by {@code dev.petrel.jndi.PetrelObjectFactory}.
     */
    @Override
    public Reference getReference() {
        return new Reference(getClass().getName(), new StringRefAddr("uri", uri), "dev.petrel.jndi.PetrelObjectFactory", null);
    }

    @Override
    public String toString() {
        return "PetrelConnectionFactory[" + options() + "]";
    }
}
