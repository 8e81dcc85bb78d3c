package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.jndi.PetrelInitialContextFactory;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JNDI as a plain Java application uses it: look up the factory and a queue, then exchange a message. */
@Timeout(60)
class JndiEndToEndTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @Test
    void aMessageSentAndReceivedThroughObjectsLookedUpInJndi() throws Exception {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, PetrelInitialContextFactory.class.getName());
        env.put(Context.PROVIDER_URL, BROKER.url());
        env.put("queue.orders", "e2e.jndi.orders");
        Context jndi = new InitialContext(env);
        ConnectionFactory factory = (ConnectionFactory) jndi.lookup("ConnectionFactory");
        Queue orders = (Queue) jndi.lookup("orders");
        jndi.close();

        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(orders).send(session.createTextMessage("order 1 via JNDI"));
            connection.start();
            Message received = session.createConsumer(orders).receive(10_000);

            assertThat(received).isInstanceOf(TextMessage.class);
            assertThat(((TextMessage) received).getText()).isEqualTo("order 1 via JNDI");
            assertThat(((Queue) received.getJMSDestination()).getQueueName()).isEqualTo("e2e.jndi.orders");
        }
    }
}
