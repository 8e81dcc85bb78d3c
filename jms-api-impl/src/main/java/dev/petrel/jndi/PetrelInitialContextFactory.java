package dev.petrel.jndi;

import dev.petrel.jms.ConnectionOptions;
import java.util.Hashtable;
import java.util.List;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.spi.InitialContextFactory;

/**
 * JNDI for plain Java applications, configured by properties with ActiveMQ's names so that switching from
 * ActiveMQ means changing {@code java.naming.factory.initial} to this class:
 *
 * <pre>
 * java.naming.factory.initial = dev.petrel.jndi.PetrelInitialContextFactory
 * java.naming.provider.url    = tcp://localhost:61616
 * connectionFactory.Audit     = tcp://localhost:61616?jms.clientID=audit
 * queue.orders                = orders
 * topic.prices                = prices
 * </pre>
 *
 * <ul>
 * <li>{@value #DEFAULT_FACTORY_NAMES_PROPERTY} lists the names under which one connection factory for
 *     {@code java.naming.provider.url} (default {@value ConnectionOptions#DEFAULT_URI}) is bound; by default
 *     {@code ConnectionFactory}, {@code QueueConnectionFactory}, {@code TopicConnectionFactory} and
 *     {@code XAConnectionFactory} (a name starting with {@code XA} gets an XA connection factory). An empty list
 *     binds none.</li>
 * <li>{@code connectionFactory.<name>=<uri>} binds a factory with its own URI, options such as
 *     {@code jms.clientID}, {@code jms.userName} and {@code jms.password} in its query. It may replace a default
 *     name.</li>
 * <li>{@code queue.<jndiName>=<physicalName>} and {@code topic.<jndiName>=<physicalName>} bind destinations.</li>
 * <li>{@code dynamicQueues/<physicalName>} and {@code dynamicTopics/<physicalName>} look up destinations that
 *     no property configures.</li>
 * </ul>
 *
 * <p>The properties are the environment {@link javax.naming.InitialContext} hands over: the application's
 * {@code Hashtable} merged with system properties and {@code jndi.properties} on the class path. Every value is
 * checked when the context is made: a bad URI or a name bound twice fails with a {@link NamingException} naming
 * the property. The context is read-only and its names are fixed when it is made. Stateless and thread-safe.
 */
public final class PetrelInitialContextFactory implements InitialContextFactory {

    /** The property listing the names of the default connection factory, comma-separated. */
    public static final String DEFAULT_FACTORY_NAMES_PROPERTY = "connectionFactoryNames";
    /** The names the default connection factory is bound under unless {@code connectionFactoryNames} says. */
    public static final List<String> DEFAULT_FACTORY_NAMES =
            List.of("ConnectionFactory", "QueueConnectionFactory", "TopicConnectionFactory", "XAConnectionFactory");
    /** Prefix of a property binding a connection factory with its own URI. */
    public static final String CONNECTION_FACTORY_PREFIX = "connectionFactory.";
    /** Prefix of a property binding a queue. */
    public static final String QUEUE_PREFIX = "queue.";
    /** Prefix of a property binding a topic. */
    public static final String TOPIC_PREFIX = "topic.";
    /** Prefix of a name that looks up a queue by its physical name without configuring it. */
    public static final String DYNAMIC_QUEUES = "dynamicQueues/";
    /** Prefix of a name that looks up a topic by its physical name without configuring it. */
    public static final String DYNAMIC_TOPICS = "dynamicTopics/";

    /** Called by {@link javax.naming.InitialContext} through {@code java.naming.factory.initial}. */
    public PetrelInitialContextFactory() {
        // nothing to set up: each context is built from its own environment
    }

    /**
     * A read-only context holding what {@code environment} configures.
     *
     * @param environment the merged JNDI environment; null is taken as empty
     * @throws NamingException naming the property when a value is invalid
     */
    @Override
    public Context getInitialContext(Hashtable<?, ?> environment) throws NamingException {
        Hashtable<?, ?> env = environment == null ? new Hashtable<>() : environment;
        return new ReadOnlyContext(new Namespace(JndiBindings.from(env)), env);
    }
}
