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
 * made, so a typo fails at once. Thread-safe; configurable after creation through JavaBean properties (one per
 * URI option); serializable and referenceable so it can be bound in JNDI.
 */
public final class PetrelConnectionFactory implements ConnectionFactory, QueueConnectionFactory,
        TopicConnectionFactory, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    /** Guarded by this: the bean setters change it; connections read it through {@link #options()}. */
    private String uri;
    private transient volatile ConnectionOptions options;

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
        ConnectionOptions current = options;
        if (current == null) {
            synchronized (this) {
                current = ConnectionOptions.parse(uri);
                options = current;
            }
        }
        return current;
    }

    /*
     * JavaBean properties, one per URI option, so that tools and application servers can configure the factory
     * property by property. Each setter rewrites the URI and checks it as a whole: a bad value fails at once
     * with the same message the URI would give. Connections made afterwards use the new value.
     */

    /** Changes one URI option; null removes it (back to its default). */
    public synchronized void setOption(String name, String value) {
        String changed = ConnectionUri.withOption(uri, name, value);
        options = ConnectionOptions.parse(changed);
        uri = changed;
    }

    public synchronized String getBrokerURL() {
        return uri;
    }

    /** Replaces the whole URI, options included. */
    public synchronized void setBrokerURL(String newUri) {
        options = ConnectionOptions.parse(newUri);
        uri = newUri;
    }

    public String getClientID() {
        return options().clientId();
    }

    public void setClientID(String clientId) {
        setOption("jms.clientID", clientId);
    }

    public String getUserName() {
        return options().userName();
    }

    public void setUserName(String userName) {
        setOption("jms.userName", userName);
    }

    public String getPassword() {
        return options().password();
    }

    public void setPassword(String password) {
        setOption("jms.password", password);
    }

    public int getPrefetch() {
        return options().prefetch();
    }

    public void setPrefetch(int prefetch) {
        setOption("jms.prefetch", String.valueOf(prefetch));
    }

    public int getConnectTimeout() {
        return options().connectTimeoutMs();
    }

    public void setConnectTimeout(int milliseconds) {
        setOption("connectTimeout", String.valueOf(milliseconds));
    }

    public int getHeartbeatTimeout() {
        return options().heartbeatTimeoutMs();
    }

    public void setHeartbeatTimeout(int milliseconds) {
        setOption("heartbeatTimeout", String.valueOf(milliseconds));
    }

    public int getMaxFrameSize() {
        return options().maxFrameSize();
    }

    public void setMaxFrameSize(int bytes) {
        setOption("maxFrameSize", String.valueOf(bytes));
    }

    /** The {@code jms.trustedPackages} option as given, or null for the JDK value types only. */
    public String getTrustedPackages() {
        return ConnectionUri.parse(getBrokerURL()).query().get(TrustedPackages.OPTION);
    }

    public void setTrustedPackages(String packages) {
        setOption(TrustedPackages.OPTION, packages);
    }

    /** The {@code ssl.*} options as given in the URI, by name; see {@link #setOption} to change them. */
    public String getSslOption(String name) {
        return ConnectionUri.parse(getBrokerURL()).query().get(name);
    }

    public void setSslTrustStore(String path) {
        setOption("ssl.trustStore", path);
    }

    public void setSslTrustStorePassword(String password) {
        setOption("ssl.trustStorePassword", password);
    }

    public void setSslKeyStore(String path) {
        setOption("ssl.keyStore", path);
    }

    public void setSslKeyStorePassword(String password) {
        setOption("ssl.keyStorePassword", password);
    }

    public void setSslVerifyHostname(boolean verify) {
        setOption("ssl.verifyHostname", String.valueOf(verify));
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
    public synchronized Reference getReference() {
        return new Reference(getClass().getName(), new StringRefAddr("uri", uri), "dev.petrel.jndi.PetrelObjectFactory", null);
    }

    @Override
    public String toString() {
        return "PetrelConnectionFactory[" + options() + "]";
    }
}
