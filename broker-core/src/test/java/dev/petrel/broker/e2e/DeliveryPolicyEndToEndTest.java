package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.DeliveryPolicy;
import dev.petrel.broker.config.DestinationPattern;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code <policy>} rules end to end: dead letters, redelivery delay, expiry queue, exclusive consumers. */
@Timeout(60)
class DeliveryPolicyEndToEndTest {

    private static final long WAIT = 5_000;
    /** How long a receive waits for a message that must not come. */
    private static final long NONE = 200;
    private static final long DELAY = 200;

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(DeliveryPolicyEndToEndTest::configure);

    private static BrokerConfig configure(BrokerConfig c) {
        return c.withDestinations(c.destinations().withPolicies(List.of(
                policy("e2e.dead", DeliveryPolicy.Scope.QUEUES, 3, 0, "ExpiryQueue", false),
                policy("e2e.deadtopic", DeliveryPolicy.Scope.TOPICS, 2, 0, "ExpiryQueue", false),
                policy("e2e.delayed", DeliveryPolicy.Scope.QUEUES, 0, DELAY, "ExpiryQueue", false),
                policy("e2e.expiring", DeliveryPolicy.Scope.QUEUES, 0, 0, "Expired.e2e", false),
                policy("e2e.exclusive", DeliveryPolicy.Scope.QUEUES, 0, 0, "ExpiryQueue", true))));
    }

    /** A policy for {@code match}; what is not given is the default. */
    static DeliveryPolicy policy(String match, DeliveryPolicy.Scope scope, int maxDeliveries, long delayMillis,
            String expiryQueue, boolean exclusive) {
        DeliveryPolicy d = DeliveryPolicy.defaults();
        return new DeliveryPolicy(new DestinationPattern(match), scope, maxDeliveries, Duration.ofMillis(delayMillis),
                1.0, d.maxRedeliveryDelay(), d.deadLetterQueue(), d.deadLetterNonPersistent(), expiryQueue,
                exclusive, d.duplicateWindow(), d.memoryLimit());
    }

    private static Connection connect() throws JMSException {
        Connection c = new PetrelConnectionFactory(BROKER.url()).createConnection();
        c.start();
        return c;
    }

    @Test
    void aMessageRecoveredMaxDeliveriesTimesGoesToItsDeadLetterQueueWithWhyAndWhence() throws Exception {
        try (Connection connection = connect()) {
            Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            TextMessage sent = session.createTextMessage("poison");
            sent.setStringProperty("kind", "bad");
            session.createProducer(session.createQueue("e2e.dead")).send(sent);
            MessageConsumer consumer = session.createConsumer(session.createQueue("e2e.dead"));
            for (int delivery = 1; delivery <= 3; delivery++) {
                Message m = consumer.receive(WAIT);
                assertThat(m).as("delivery %d", delivery).isNotNull();
                assertThat(m.getIntProperty("JMSXDeliveryCount")).isEqualTo(delivery);
                session.recover();
            }
            assertThat(consumer.receive(NONE)).as("dead-lettered, not delivered again").isNull();

            Message dead = session.createConsumer(session.createQueue("DLQ.e2e.dead")).receive(WAIT);
            assertThat(dead).isNotNull();
            assertThat(dead.getJMSMessageID()).isEqualTo(sent.getJMSMessageID());
            assertThat(((TextMessage) dead).getText()).isEqualTo("poison");
            assertThat(dead.getStringProperty("kind")).isEqualTo("bad");
            assertThat(dead.getStringProperty("PETREL_DLQ_REASON")).isEqualTo("max deliveries 3 reached");
            assertThat(dead.getStringProperty("PETREL_ORIGINAL_DESTINATION")).isEqualTo("queue://e2e.dead");
            assertThat(dead.getIntProperty("PETREL_DELIVERY_COUNT")).isEqualTo(3);
            dead.acknowledge();
        }
    }

    @Test
    void aDurableSubscriptionsMessageRolledBackTooOftenIsDeadLetteredWithItsSubscription() throws Exception {
        try (Connection connection = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            connection.setClientID("e2e-dead-client");
            connection.start();
            Session tx = connection.createSession(true, Session.SESSION_TRANSACTED);
            Topic topic = tx.createTopic("e2e.deadtopic");
            MessageConsumer subscriber = tx.createDurableConsumer(topic, "audit");
            MessageProducer producer = tx.createProducer(topic);
            producer.send(tx.createTextMessage("rolled back"));
            tx.commit();
            for (int delivery = 1; delivery <= 2; delivery++) {
                assertThat(subscriber.receive(WAIT)).as("delivery %d", delivery).isNotNull();
                tx.rollback();
            }
            assertThat(subscriber.receive(NONE)).isNull();

            Session plain = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message dead = plain.createConsumer(plain.createQueue("DLQ.e2e.deadtopic")).receive(WAIT);
            assertThat(dead).isNotNull();
            assertThat(dead.getStringProperty("PETREL_ORIGINAL_DESTINATION")).isEqualTo("topic://e2e.deadtopic");
            assertThat(dead.getStringProperty("PETREL_ORIGINAL_SUBSCRIPTION")).contains("audit");
            assertThat(dead.getIntProperty("PETREL_DELIVERY_COUNT")).isEqualTo(2);
            subscriber.close();
            tx.unsubscribe("audit");
        }
    }

    @Test
    void aRecoveredMessageComesBackOnlyAfterTheRedeliveryDelay() throws Exception {
        try (Connection connection = connect()) {
            Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            session.createProducer(session.createQueue("e2e.delayed")).send(session.createTextMessage("later"));
            MessageConsumer consumer = session.createConsumer(session.createQueue("e2e.delayed"));
            assertThat(consumer.receive(WAIT)).isNotNull();

            long recovered = System.nanoTime();
            session.recover();
            assertThat(consumer.receive(DELAY / 4)).as("still within the redelivery delay").isNull();
            Message again = consumer.receive(WAIT);
            long waitedMillis = (System.nanoTime() - recovered) / 1_000_000;

            assertThat(again).isNotNull();
            assertThat(again.getJMSRedelivered()).isTrue();
            assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
            assertThat(waitedMillis).isGreaterThanOrEqualTo(DELAY - 10);
            again.acknowledge();
        }
    }

    @Test
    void aMessageThatExpiresBeforeItsDeliveryTimeGoesToTheExpiryQueue() throws Exception {
        try (Connection connection = connect()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("e2e.expiring"));
            producer.setDeliveryDelay(100);
            producer.send(session.createTextMessage("too late"), DeliveryMode.PERSISTENT, 4, 50);
            MessageConsumer consumer = session.createConsumer(session.createQueue("e2e.expiring"));

            Message expired = session.createConsumer(session.createQueue("Expired.e2e")).receive(WAIT);

            assertThat(expired).isNotNull();
            assertThat(((TextMessage) expired).getText()).isEqualTo("too late");
            assertThat(expired.getStringProperty("PETREL_EXPIRED_FROM")).isEqualTo("queue://e2e.expiring");
            assertThat(expired.getJMSExpiration()).as("the copy does not expire").isZero();
            assertThat(consumer.receive(NONE)).isNull();
        }
    }

    @Test
    void anExclusiveQueueGivesEverythingToItsFirstConsumerAndTheNextTakesOverWhenItCloses() throws Exception {
        try (Connection connection = connect()) {
            Session first = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Session second = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer one = first.createConsumer(first.createQueue("e2e.exclusive"));
            MessageConsumer two = second.createConsumer(second.createQueue("e2e.exclusive"));
            Session sending = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = sending.createProducer(sending.createQueue("e2e.exclusive"));
            for (int i = 0; i < 10; i++) {
                producer.send(sending.createTextMessage("first " + i));
            }
            for (int i = 0; i < 10; i++) {
                assertThat(((TextMessage) one.receive(WAIT)).getText()).isEqualTo("first " + i);
            }
            assertThat(two.receive(NONE)).as("the second consumer only waits").isNull();

            one.close();
            for (int i = 0; i < 5; i++) {
                producer.send(sending.createTextMessage("second " + i));
            }
            for (int i = 0; i < 5; i++) {
                assertThat(((TextMessage) two.receive(WAIT)).getText()).isEqualTo("second " + i);
            }
        }
    }
}
