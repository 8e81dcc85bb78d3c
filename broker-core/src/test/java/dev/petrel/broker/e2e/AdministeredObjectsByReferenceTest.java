package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTopic;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import java.util.Hashtable;
import javax.naming.Reference;
import javax.naming.spi.NamingManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The administered objects stored the way a JNDI provider or an application server stores them — as a
 * {@link Reference} — and rebuilt through {@link NamingManager}, which finds our object factory by the name the
 * reference carries. The rebuilt objects must work, not just look alike.
 */
@Timeout(30)
class AdministeredObjectsByReferenceTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    private static Object rebuild(Reference reference) throws Exception {
        return NamingManager.getObjectInstance(reference, null, null, new Hashtable<>());
    }

    @Test
    void factoryAndDestinationsRebuiltFromReferencesExchangeMessages() throws Exception {
        Reference factoryRef = new PetrelConnectionFactory(BROKER.url("jms.prefetch=10")).getReference();
        Reference queueRef = new PetrelQueue("by-reference").getReference();
        Reference topicRef = new PetrelTopic("by-reference").getReference();

        ConnectionFactory factory = (ConnectionFactory) rebuild(factoryRef);
        Queue queue = (Queue) rebuild(queueRef);
        Topic topic = (Topic) rebuild(topicRef);

        assertThat(queue).isEqualTo(new PetrelQueue("by-reference"));
        assertThat(topic).isEqualTo(new PetrelTopic("by-reference"));
        assertThat(((PetrelConnectionFactory) factory).options().prefetch()).isEqualTo(10);
        try (JMSContext context = factory.createContext()) {
            context.createProducer().send(queue, "stored by reference");
            assertThat(context.createConsumer(queue).receiveBody(String.class, 5000)).isEqualTo("stored by reference");
        }
    }
}
