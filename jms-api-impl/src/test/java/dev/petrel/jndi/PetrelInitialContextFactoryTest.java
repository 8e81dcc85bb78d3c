package dev.petrel.jndi;

import static dev.petrel.jndi.JndiTestSupport.context;
import static dev.petrel.jndi.JndiTestSupport.env;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.ConnectionOptions;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTopic;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnectionFactory;
import jakarta.jms.Topic;
import jakarta.jms.TopicConnectionFactory;
import java.util.Hashtable;
import javax.naming.CompositeName;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import org.junit.jupiter.api.Test;

/** The property conventions, each through {@code new InitialContext(env)} as an application uses them. */
class PetrelInitialContextFactoryTest {

    @Test
    void providerUrlIsTheUriOfOneFactoryBoundUnderActiveMqsDefaultNames() throws Exception {
        Context ctx = context(Context.PROVIDER_URL, "tcp://broker.example:1234?jms.prefetch=5");

        Object factory = ctx.lookup("ConnectionFactory");
        assertThat(factory).isInstanceOf(ConnectionFactory.class);
        assertThat(uriOf(factory)).isEqualTo("tcp://broker.example:1234?jms.prefetch=5");
        assertThat(ctx.lookup("QueueConnectionFactory")).isInstanceOf(QueueConnectionFactory.class).isSameAs(factory);
        assertThat(ctx.lookup("TopicConnectionFactory")).isInstanceOf(TopicConnectionFactory.class).isSameAs(factory);
        assertThat(ctx.lookup("XAConnectionFactory")).isInstanceOf(jakarta.jms.XAConnectionFactory.class);
    }

    @Test
    void withoutProviderUrlTheDefaultFactoryConnectsToLocalhost61616() throws Exception {
        assertThat(uriOf(context().lookup("ConnectionFactory"))).isEqualTo(ConnectionOptions.DEFAULT_URI)
                .isEqualTo("tcp://localhost:61616");
    }

    @Test
    void connectionFactoryNamesReplacesTheDefaultNames() throws Exception {
        Context ctx = context("connectionFactoryNames", "jms/cf, Other ,",
                Context.PROVIDER_URL, "tcp://h:1");

        assertThat(uriOf(ctx.lookup("jms/cf"))).isEqualTo("tcp://h:1");
        assertThat(uriOf(ctx.lookup("Other"))).isEqualTo("tcp://h:1");
        assertThatThrownBy(() -> ctx.lookup("ConnectionFactory")).isInstanceOf(NameNotFoundException.class);
    }

    @Test
    void anEmptyConnectionFactoryNamesBindsNoDefaultFactoryAndIgnoresTheProviderUrl() throws Exception {
        Context ctx = context("connectionFactoryNames", "", Context.PROVIDER_URL, "not a uri",
                "queue.q", "q");

        assertThat(ctx.lookup("q")).isInstanceOf(Queue.class);
        assertThatThrownBy(() -> ctx.lookup("ConnectionFactory")).isInstanceOf(NameNotFoundException.class);
    }

    @Test
    void connectionFactoryPropertyAddsAFactoryWithItsOwnUriAndOptions() throws Exception {
        String uri = "tcp://audit.example:61617?jms.clientID=audit&jms.userName=alice&jms.password=s3cret";
        Context ctx = context("connectionFactory.Audit", uri);

        ConnectionOptions options = ((PetrelConnectionFactory) ctx.lookup("Audit")).options();
        assertThat(options.uri()).isEqualTo(uri);
        assertThat(options.clientId()).isEqualTo("audit");
        assertThat(options.userName()).isEqualTo("alice");
        assertThat(options.password()).isEqualTo("s3cret");
        assertThat(uriOf(ctx.lookup("ConnectionFactory"))).as("the default stays").isEqualTo("tcp://localhost:61616");
    }

    @Test
    void connectionFactoryPropertyMayReplaceADefaultName() throws Exception {
        Context ctx = context("connectionFactory.ConnectionFactory", "tcp://own:2");

        assertThat(uriOf(ctx.lookup("ConnectionFactory"))).isEqualTo("tcp://own:2");
        assertThat(uriOf(ctx.lookup("QueueConnectionFactory"))).isEqualTo("tcp://localhost:61616");
    }

    @Test
    void queueAndTopicPropertiesBindDestinationsByPhysicalName() throws Exception {
        Context ctx = context("queue.orders", "sales.orders", "topic.prices", " market.prices ",
                "queue.jms/invoices", "invoices");

        assertThat(ctx.lookup("orders")).isInstanceOf(Queue.class).isEqualTo(new PetrelQueue("sales.orders"));
        assertThat(ctx.lookup("prices")).isInstanceOf(Topic.class).isEqualTo(new PetrelTopic("market.prices"));
        assertThat(ctx.lookup(new CompositeName("jms/invoices"))).isEqualTo(new PetrelQueue("invoices"));
        assertThat(ctx.lookup("jms/invoices")).isEqualTo(new PetrelQueue("invoices"));
    }

    @Test
    void dynamicNamesMakeDestinationsThatNoPropertyConfigures() throws Exception {
        Context ctx = context();

        assertThat(ctx.lookup("dynamicQueues/x")).isInstanceOf(Queue.class).isEqualTo(new PetrelQueue("x"));
        assertThat(ctx.lookup("dynamicTopics/a.b")).isInstanceOf(Topic.class).isEqualTo(new PetrelTopic("a.b"));
        assertThat(ctx.lookup(new CompositeName("dynamicQueues/y"))).isEqualTo(new PetrelQueue("y"));
        assertThatThrownBy(() -> ctx.lookup("dynamicQueues/")).isInstanceOf(NamingException.class)
                .hasMessageContaining("dynamicQueues/").hasMessageContaining("names no destination");
    }

    @Test
    void aMissingNameIsNotFoundWithTheBoundNamesAndTheDynamicPrefixesInTheMessage() throws Exception {
        Context ctx = context("queue.orders", "orders", "topic.prices", "prices");

        assertThatThrownBy(() -> ctx.lookup("order"))
                .isInstanceOf(NameNotFoundException.class)
                .hasMessageContaining("'order'")
                .hasMessageContaining("ConnectionFactory, QueueConnectionFactory, TopicConnectionFactory, "
                        + "XAConnectionFactory, orders, prices")
                .hasMessageContaining("dynamicQueues/").hasMessageContaining("dynamicTopics/");
    }

    @Test
    void aBadProviderUrlFailsNamingThePropertyWithTheFactorysErrorAsRootCause() {
        assertThatThrownBy(() -> context(Context.PROVIDER_URL, "tcp://localhost:notaport"))
                .isInstanceOf(NamingException.class)
                .hasMessageContaining("java.naming.provider.url")
                .hasMessageContaining("notaport")
                .satisfies(e -> assertThat(((NamingException) e).getRootCause())
                        .isInstanceOf(IllegalArgumentException.class));
    }

    @Test
    void aBadFactoryUriFailsNamingThePropertyAndHidingThePassword() {
        assertThatThrownBy(() -> context("connectionFactory.Audit",
                "tcp://h:1?jms.password=s3cret&jms.clientId=audit"))
                .isInstanceOf(NamingException.class)
                .hasMessageContaining("connectionFactory.Audit")
                .hasMessageContaining("jms.clientId")
                .hasMessageNotContaining("s3cret")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJndiNameBoundByTwoPropertiesIsRefused() {
        assertThatThrownBy(() -> context("queue.x", "a", "topic.x", "b"))
                .isInstanceOf(NamingException.class)
                .hasMessageContaining("queue.x").hasMessageContaining("topic.x").hasMessageContaining("'x'");
    }

    @Test
    void aPropertyWithoutJndiNameOrPhysicalNameIsRefused() {
        assertThatThrownBy(() -> context("queue.", "a")).isInstanceOf(NamingException.class)
                .hasMessageContaining("queue.").hasMessageContaining("names no JNDI name");
        assertThatThrownBy(() -> context("topic.t", " ")).isInstanceOf(NamingException.class)
                .hasMessageContaining("topic.t").hasMessageContaining("names no destination");
    }

    @Test
    void aValueThatIsNotAStringIsRefused() {
        Hashtable<String, Object> env = env();
        env.put("queue.q", 42);

        assertThatThrownBy(() -> new InitialContext(env)).isInstanceOf(NamingException.class)
                .hasMessageContaining("queue.q").hasMessageContaining("java.lang.Integer");
    }

    @Test
    void unrelatedPropertiesAreIgnored() throws Exception {
        Context ctx = context("java.naming.security.principal", "someone", "brokerName", "b");

        assertThat(ctx.lookup("ConnectionFactory")).isInstanceOf(PetrelConnectionFactory.class);
    }

    private static String uriOf(Object factory) {
        return ((PetrelConnectionFactory) factory).options().uri();
    }
}
