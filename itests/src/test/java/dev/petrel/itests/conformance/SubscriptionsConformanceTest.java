package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TopicSubscriber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §4.2.2, §8.3 (topic subscriptions: non-durable, durable, shared) against a real broker. */
@Timeout(30)
class SubscriptionsConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    private static String text(Message m) throws Exception {
        return m == null ? null : ((TextMessage) m).getText();
    }

    private static void publish(Session session, Topic topic, String... texts) throws Exception {
        MessageProducer producer = session.createProducer(topic);
        for (String t : texts) {
            producer.send(session.createTextMessage(t));
        }
    }

    private Connection withClientId() throws JMSException {
        Connection connection = BROKER.connection();
        connection.setClientID(BROKER.name("cid"));
        connection.start();
        return connection;
    }

    @Test
    void everySubscriberGetsACopy() throws Exception {
        // Jakarta Messaging 3.1 §4.2.2: each subscription receives a copy of every message sent after it was created
        Session session = BROKER.started().createSession();
        Topic topic = session.createTopic(BROKER.name());
        MessageConsumer a = session.createConsumer(topic);
        MessageConsumer b = session.createConsumer(topic);
        publish(session, topic, "x");
        assertThat(text(a.receive(5000))).isEqualTo("x");
        assertThat(text(b.receive(5000))).isEqualTo("x");
    }

    @Test
    void aNonDurableSubscriberMissesWhatWasPublishedBeforeIt() throws Exception {
        // Jakarta Messaging 3.1 §8.3.1: an unshared non-durable subscription only gets messages sent while it exists
        Session session = BROKER.started().createSession();
        Topic topic = session.createTopic(BROKER.name());
        publish(session, topic, "before");
        MessageConsumer consumer = session.createConsumer(topic);
        publish(session, topic, "after");
        assertThat(text(consumer.receive(5000))).isEqualTo("after");
        assertThat(consumer.receive(200)).isNull();
    }

    @Test
    void noLocalSkipsMessagesOfTheOwnConnectionOnly() throws Exception {
        // Jakarta Messaging 3.1 §8.3.1: noLocal skips messages published by the subscriber's own connection
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        MessageConsumer noLocal = session.createConsumer(topic, null, true);
        assertThat(((TopicSubscriber) noLocal).getNoLocal()).isTrue();
        publish(connection.createSession(), topic, "own");
        publish(BROKER.started().createSession(), topic, "other");
        assertThat(text(noLocal.receive(5000))).isEqualTo("other");
        assertThat(noLocal.receive(200)).isNull();
    }

    @Test
    void aSharedSubscriptionSplitsMessagesBetweenItsConsumers() throws Exception {
        // Jakarta Messaging 3.1 §8.3.2: each message of a shared subscription goes to only one of its consumers
        Connection connection = BROKER.started("jms.prefetch=1");
        Session s1 = connection.createSession();
        Session s2 = connection.createSession();
        Topic topic = s1.createTopic(BROKER.name());
        String name = BROKER.name("sub");
        MessageConsumer c1 = s1.createSharedConsumer(topic, name);
        MessageConsumer c2 = s2.createSharedConsumer(topic, name);
        publish(connection.createSession(), topic, "1", "2", "3", "4");
        List<String> got = new ArrayList<>();
        for (Message m = c1.receive(300); m != null; m = c1.receive(300)) {
            got.add(text(m));
        }
        for (Message m = c2.receive(300); m != null; m = c2.receive(300)) {
            got.add(text(m));
        }
        assertThat(got).containsExactlyInAnyOrder("1", "2", "3", "4");
    }

    @Test
    void aSharedSubscriptionIsSharedAcrossConnectionsWithoutClientId() throws Exception {
        // Jakarta Messaging 3.1 §8.3.2: a shared subscription is identified by name and the client id if set
        Topic topic = BROKER.started().createSession().createTopic(BROKER.name());
        String name = BROKER.name("sub");
        MessageConsumer c1 = BROKER.started("jms.prefetch=1").createSession().createSharedConsumer(topic, name);
        MessageConsumer c2 = BROKER.started("jms.prefetch=1").createSession().createSharedConsumer(topic, name);
        publish(BROKER.started().createSession(), topic, "1", "2");
        int count = 0;
        for (MessageConsumer c : List.of(c1, c2)) {
            while (c.receive(300) != null) {
                count++;
            }
        }
        assertThat(count).isEqualTo(2);
    }

    @Test
    void aSharedNonDurableSubscriptionEndsWithItsLastConsumer() throws Exception {
        // Jakarta Messaging 3.1 §8.3.2: a shared non-durable subscription is deleted when its last consumer closes
        Session session = BROKER.started().createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("sub");
        session.createSharedConsumer(topic, name).close();
        publish(session, topic, "lost");
        MessageConsumer again = session.createSharedConsumer(topic, name);
        assertThat(again.receive(200)).isNull();
    }

    @Test
    void aSharedConsumerWithADifferentSelectorWhileActiveIsRefused() throws Exception {
        // Jakarta Messaging 3.1 §8.3.2: another topic or selector on an active shared subscription is a JMSException
        Session session = BROKER.started().createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("sub");
        session.createSharedConsumer(topic, name, "a = 1");
        assertThatThrownBy(() -> session.createSharedConsumer(topic, name, "a = 2")).isInstanceOf(JMSException.class);
        Topic other = session.createTopic(BROKER.name("other"));
        assertThatThrownBy(() -> session.createSharedConsumer(other, name, "a = 1")).isInstanceOf(JMSException.class);
    }

    @Test
    void aDurableSubscriptionKeepsMessagesWhileInactive() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3: a durable subscription retains messages published while it has no consumer
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("dur");
        session.createDurableConsumer(topic, name).close();
        publish(session, topic, "while away");
        MessageConsumer back = session.createDurableConsumer(topic, name);
        assertThat(text(back.receive(5000))).isEqualTo("while away");
        back.close();
        session.unsubscribe(name);
    }

    @Test
    void aDurableSubscriptionNeedsAClientId() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3: an unshared durable subscription is identified by name and client id, which must be set
        Session session = BROKER.started().createSession();
        Topic topic = session.createTopic(BROKER.name());
        assertThatThrownBy(() -> session.createDurableConsumer(topic, BROKER.name("dur")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDurableSubscriptionAllowsOneActiveConsumer() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3: a second consumer on an active unshared durable subscription is a JMSException
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("dur");
        MessageConsumer first = session.createDurableConsumer(topic, name);
        assertThatThrownBy(() -> session.createDurableConsumer(topic, name)).isInstanceOf(JMSException.class);
        first.close();
        session.unsubscribe(name);
    }

    @Test
    void changingTheSelectorOfAnInactiveDurableSubscriptionReplacesIt() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3: a different selector on an inactive durable subscription is unsubscribe + create
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("dur");
        session.createDurableConsumer(topic, name, "a = 1", false).close();
        Message m = session.createTextMessage("old");
        m.setIntProperty("a", 1);
        session.createProducer(topic).send(m);
        MessageConsumer replaced = session.createDurableConsumer(topic, name, "a = 2", false);
        assertThat(replaced.getMessageSelector()).isEqualTo("a = 2");
        assertThat(replaced.receive(200)).as("the old subscription's messages went with it").isNull();
        replaced.close();
        session.unsubscribe(name);
    }

    @Test
    void changingTheTopicOfAnInactiveDurableSubscriptionReplacesIt() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3: a different topic on an inactive durable subscription is unsubscribe + create
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic first = session.createTopic(BROKER.name("first"));
        Topic second = session.createTopic(BROKER.name("second"));
        String name = BROKER.name("dur");
        session.createDurableConsumer(first, name).close();
        publish(session, first, "old");
        MessageConsumer moved = session.createDurableConsumer(second, name);
        assertThat(moved.receive(200)).isNull();
        publish(session, second, "new");
        assertThat(text(moved.receive(5000))).isEqualTo("new");
        moved.close();
        session.unsubscribe(name);
    }

    @Test
    void changingNoLocalOfAnInactiveDurableSubscriptionReplacesIt() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3: a different noLocal value on an inactive durable subscription replaces it
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("dur");
        session.createDurableConsumer(topic, name, null, false).close();
        publish(BROKER.started().createSession(), topic, "old");
        MessageConsumer replaced = session.createDurableConsumer(topic, name, null, true);
        assertThat(replaced.receive(200)).isNull();
        replaced.close();
        session.unsubscribe(name);
    }

    @Test
    void durableNoLocalSkipsMessagesOfTheSameClientId() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3: durable noLocal skips messages published by connections with the same client id
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("dur");
        MessageConsumer consumer = session.createDurableConsumer(topic, name, null, true);
        publish(session, topic, "own");
        publish(BROKER.started().createSession(), topic, "foreign");
        assertThat(text(consumer.receive(5000))).isEqualTo("foreign");
        assertThat(consumer.receive(200)).isNull();
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void createDurableSubscriberReturnsATopicSubscriber() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3: createDurableSubscriber creates the same subscription as createDurableConsumer
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("dur");
        TopicSubscriber subscriber = session.createDurableSubscriber(topic, name, "a IS NULL", false);
        assertThat(subscriber.getTopic()).isEqualTo(topic);
        publish(session, topic, "x");
        assertThat(text(subscriber.receive(5000))).isEqualTo("x");
        subscriber.close();
        TopicSubscriber plain = session.createDurableSubscriber(topic, name);
        plain.close();
        session.unsubscribe(name);
    }

    @Test
    void unsubscribeDeletesTheDurableSubscriptionAndItsMessages() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3: a durable subscription accumulates messages until it is deleted by unsubscribe
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("dur");
        session.createDurableConsumer(topic, name).close();
        publish(session, topic, "dropped");
        session.unsubscribe(name);
        MessageConsumer fresh = session.createDurableConsumer(topic, name);
        assertThat(fresh.receive(200)).isNull();
        fresh.close();
        session.unsubscribe(name);
    }

    @Test
    void unsubscribeWithAnActiveConsumerIsRefused() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3 (Session.unsubscribe javadoc): unsubscribing an active subscription is an error
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("dur");
        MessageConsumer active = session.createDurableConsumer(topic, name);
        assertThatThrownBy(() -> session.unsubscribe(name)).isInstanceOf(IllegalStateException.class);
        active.close();
        session.unsubscribe(name);
    }

    @Test
    void unsubscribeOfAnUnknownNameIsAnInvalidDestination() throws Exception {
        // Jakarta Messaging 3.1 §10.3 (Session.unsubscribe javadoc): an unknown subscription name is InvalidDestinationException
        Session session = withClientId().createSession();
        assertThatThrownBy(() -> session.unsubscribe(BROKER.name("nope")))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void aSharedDurableSubscriptionWorksWithoutClientIdAndKeepsMessages() throws Exception {
        // Jakarta Messaging 3.1 §8.3.4: a shared durable subscription is named, client id optional, and persists
        Session session = BROKER.started().createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("sdur");
        session.createSharedDurableConsumer(topic, name).close();
        publish(session, topic, "kept");
        MessageConsumer a = session.createSharedDurableConsumer(topic, name);
        MessageConsumer b = BROKER.started().createSession().createSharedDurableConsumer(topic, name, null);
        assertThat(text(a.receive(5000))).isEqualTo("kept");
        assertThat(b.receive(100)).isNull();
        a.close();
        b.close();
        session.unsubscribe(name);
    }

    @Test
    void sharedAndUnsharedDurableSubscriptionsCannotShareAName() throws Exception {
        // Jakarta Messaging 3.1 §8.3.3, §8.3.4: shared and unshared durable subscriptions may not share name and client id
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("dur");
        MessageConsumer unshared = session.createDurableConsumer(topic, name);
        assertThatThrownBy(() -> session.createSharedDurableConsumer(topic, name)).isInstanceOf(JMSException.class);
        unshared.close();
        assertThatThrownBy(() -> session.createSharedDurableConsumer(topic, name)).isInstanceOf(JMSException.class);
        session.unsubscribe(name);
        String shared = BROKER.name("sdur");
        session.createSharedDurableConsumer(topic, shared).close();
        assertThatThrownBy(() -> session.createDurableConsumer(topic, shared)).isInstanceOf(JMSException.class);
        session.unsubscribe(shared);
    }

    @Test
    void aSharedDurableConsumerWithADifferentSelectorWhileActiveIsRefused() throws Exception {
        // Jakarta Messaging 3.1 §8.3.4: another topic or selector on an active shared durable subscription is a JMSException
        Session session = BROKER.started().createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("sdur");
        MessageConsumer active = session.createSharedDurableConsumer(topic, name, "a = 1");
        assertThatThrownBy(() -> session.createSharedDurableConsumer(topic, name, "a = 2"))
                .isInstanceOf(JMSException.class);
        active.close();
        MessageConsumer replaced = session.createSharedDurableConsumer(topic, name, "a = 2");
        assertThat(replaced.getMessageSelector()).isEqualTo("a = 2");
        replaced.close();
        session.unsubscribe(name);
    }

    @Test
    void sharedNonDurableAndDurableSubscriptionsWithTheSameNameAreSeparate() throws Exception {
        // Jakarta Messaging 3.1 §8.3.2: a shared non-durable and a durable subscription with the same name are separate
        Connection connection = withClientId();
        Session session = connection.createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = BROKER.name("both");
        MessageConsumer shared = session.createSharedConsumer(topic, name);
        MessageConsumer durable = session.createDurableConsumer(topic, name);
        publish(session, topic, "x");
        assertThat(text(shared.receive(5000))).isEqualTo("x");
        assertThat(text(durable.receive(5000))).isEqualTo("x");
        durable.close();
        session.unsubscribe(name);
    }

    @Test
    void subscriptionNamesMayUseTheSpecCharactersUpTo128Long() throws Exception {
        // Jakarta Messaging 3.1 §4.2.4: names of letters, digits, '_', '.', '-' up to 128 characters are allowed
        Session session = BROKER.started().createSession();
        Topic topic = session.createTopic(BROKER.name());
        String name = ("Ab9_.-" + "x".repeat(128)).substring(0, 128);
        MessageConsumer consumer = session.createSharedDurableConsumer(topic, name);
        publish(session, topic, "ok");
        assertThat(text(consumer.receive(5000))).isEqualTo("ok");
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void aDurableSubscriptionOnATemporaryTopicIsRefused() throws Exception {
        // Jakarta Messaging 3.1 §4.2.7: a durable subscription to a temporary topic is a programming error
        Session session = withClientId().createSession();
        Topic temp = session.createTemporaryTopic();
        assertThatThrownBy(() -> session.createDurableConsumer(temp, BROKER.name("dur")))
                .isInstanceOf(JMSException.class);
    }

    @Test
    void subscriptionSelectorsFilterAtPublishTime() throws Exception {
        // Jakarta Messaging 3.1 §4.2.2: with a selector only matching messages are added to the subscription
        Session session = BROKER.started().createSession();
        Topic topic = session.createTopic(BROKER.name());
        MessageConsumer reds = session.createConsumer(topic, "color = 'red'");
        MessageProducer producer = session.createProducer(topic);
        for (String color : new String[] {"blue", "red"}) {
            Message m = session.createTextMessage(color);
            m.setStringProperty("color", color);
            producer.send(m);
        }
        assertThat(text(reds.receive(5000))).isEqualTo("red");
        assertThat(reds.receive(200)).isNull();
    }
}
