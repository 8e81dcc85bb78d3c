package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.FakeBroker;
import dev.petrel.jms.PetrelConnection;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTopic;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.Topic;
import jakarta.jms.TopicSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Chapter 6.2 sessions, and the domain rules of QueueSession and TopicSession, against a fake broker client.
class SessionConformanceTest {

    private final FakeBroker broker = new FakeBroker();
    private PetrelConnection connection;

    @BeforeEach
    void connect() throws JMSException {
        connection = broker.connect("");
    }

    @Test
    void transactedSessionIgnoresTheAcknowledgeMode() throws Exception {
        // Jakarta Messaging 3.1 §6.2.3 createSession(true, anything) is transacted
        Session s = connection.createSession(true, 12345);
        assertThat(s.getTransacted()).isTrue();
        assertThat(s.getAcknowledgeMode()).isEqualTo(Session.SESSION_TRANSACTED);
        assertThat(broker.calls("createSession")).containsExactly("createSession 1 mode 0");
    }

    @ParameterizedTest
    @ValueSource(ints = {Session.AUTO_ACKNOWLEDGE, Session.CLIENT_ACKNOWLEDGE, Session.DUPS_OK_ACKNOWLEDGE})
    void eachAcknowledgeModeIsReportedAsCreated(int mode) throws Exception {
        // Jakarta Messaging 3.1 §6.2.10 the three acknowledge modes
        Session s = connection.createSession(mode);
        assertThat(s.getAcknowledgeMode()).isEqualTo(mode);
        assertThat(s.getTransacted()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4, 99})
    void unknownSessionModeIsRefused(int mode) {
        // Connection.createSession javadoc: JMSException for an invalid session mode
        assertThatThrownBy(() -> connection.createSession(mode)).isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> connection.createSession(false, mode)).isInstanceOf(JMSException.class);
    }

    @Test
    void defaultSessionIsAutoAcknowledge() throws Exception {
        // Connection.createSession() javadoc: non-transacted AUTO_ACKNOWLEDGE
        assertThat(connection.createSession().getAcknowledgeMode()).isEqualTo(Session.AUTO_ACKNOWLEDGE);
    }

    @Test
    void commitAndRollbackNeedATransactedSession() throws Exception {
        // Session.commit/rollback javadoc: IllegalStateException in a non-transacted session
        Session s = connection.createSession();
        assertThatThrownBy(s::commit).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::rollback).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoverIsRefusedInATransactedSession() throws Exception {
        // Session.recover javadoc: IllegalStateException in a transacted session
        Session s = connection.createSession(Session.SESSION_TRANSACTED);
        assertThatThrownBy(s::recover).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closedSessionRefusesEveryMethodButClose() throws Exception {
        // Session.close javadoc: other methods on a closed session throw IllegalStateException; close again is a no-op
        Session s = connection.createSession();
        s.close();
        assertThatCode(s::close).doesNotThrowAnyException();
        assertThatThrownBy(s::createTextMessage).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.createQueue("q")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.createProducer(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::getTransacted).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::recover).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::createTemporaryQueue).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingASessionClosesItsProducersAndConsumers() throws Exception {
        // Jakarta Messaging 3.1 §6.2.4 closing a session closes its producers and consumers
        Session s = connection.createSession();
        MessageProducer producer = s.createProducer(new PetrelQueue("q"));
        var consumer = s.createConsumer(new PetrelQueue("q"));
        s.close();
        assertThatThrownBy(producer::getDestination).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void consumerOnNullDestinationIsInvalid() throws Exception {
        // Session.createConsumer javadoc: InvalidDestinationException for an invalid destination
        Session s = connection.createSession();
        assertThatThrownBy(() -> s.createConsumer(null)).isInstanceOf(InvalidDestinationException.class);
        assertThatThrownBy(() -> s.createBrowser(null)).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void blankDestinationNamesAreInvalid() throws Exception {
        // Session.createQueue javadoc: the name must be a valid provider name
        Session s = connection.createSession();
        assertThatThrownBy(() -> s.createQueue(" ")).isInstanceOf(InvalidDestinationException.class);
        assertThatThrownBy(() -> s.createTopic(null)).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void queueSessionRefusesPublishSubscribeMethods() throws Exception {
        // QueueSession javadoc: IllegalStateException for the listed publish/subscribe methods
        QueueSession s = connection.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
        Topic topic = new PetrelTopic("t");
        assertThatThrownBy(() -> s.createTopic("t")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::createTemporaryTopic).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.createDurableSubscriber(topic, "d")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.createDurableConsumer(topic, "d")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.createSharedConsumer(topic, "d")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.createSharedDurableConsumer(topic, "d"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.unsubscribe("d")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void queueSessionMakesQueueObjects() throws Exception {
        // QueueSession javadoc: receivers, senders, browsers, temporary queues
        QueueSession s = connection.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
        Queue q = s.createQueue("q");
        assertThat(s.createReceiver(q).getQueue()).isEqualTo(q);
        assertThat(s.createSender(q).getQueue()).isEqualTo(q);
        assertThat(s.createBrowser(q).getQueue()).isEqualTo(q);
        assertThat(s.createTemporaryQueue()).isNotNull();
    }

    @Test
    void topicSessionRefusesPointToPointMethods() throws Exception {
        // TopicSession javadoc: IllegalStateException for createBrowser, createQueue, createTemporaryQueue
        TopicSession s = connection.createTopicSession(false, Session.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(() -> s.createQueue("q")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::createTemporaryQueue).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.createBrowser(new PetrelQueue("q"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void topicSessionMakesTopicObjects() throws Exception {
        // TopicSession javadoc: subscribers, publishers, durable subscribers, temporary topics
        TopicSession s = connection.createTopicSession(false, Session.AUTO_ACKNOWLEDGE);
        Topic t = s.createTopic("t");
        assertThat(s.createSubscriber(t).getTopic()).isEqualTo(t);
        assertThat(s.createSubscriber(t, "a = 1", true).getNoLocal()).isTrue();
        assertThat(s.createPublisher(t).getTopic()).isEqualTo(t);
        assertThat(s.createTemporaryTopic()).isNotNull();
    }

    @Test
    void temporaryQueueIsNamedAfterTheConnectionAndCreatedOnTheBroker() throws Exception {
        // Jakarta Messaging 3.1 §6.2.2 temporary destinations; Petrel names them <connectionId>.tmp-<n>
        Session s = connection.createSession();
        TemporaryQueue q = s.createTemporaryQueue();
        TemporaryTopic t = s.createTemporaryTopic();
        assertThat(q.getQueueName()).isEqualTo("conn-1.tmp-1");
        assertThat(t.getTopicName()).isEqualTo("conn-1.tmp-2");
        assertThat(broker.calls("createDestination")).hasSize(2);
    }

    @Test
    void temporaryQueueInUseCannotBeDeleted() throws Exception {
        // TemporaryQueue.delete javadoc: JMSException while receivers still use it
        Session s = connection.createSession();
        TemporaryQueue q = s.createTemporaryQueue();
        var consumer = s.createConsumer(q);
        assertThatThrownBy(q::delete).isInstanceOf(JMSException.class).hasMessageContaining("consumers");
        consumer.close();
        q.delete();
        assertThat(broker.calls("deleteDestination")).hasSize(1);
    }

    @Test
    void deletedTemporaryQueueCannotBeConsumed() throws Exception {
        // Jakarta Messaging 3.1 §6.2.2 a deleted temporary destination is gone
        Session s = connection.createSession();
        TemporaryQueue q = s.createTemporaryQueue();
        q.delete();
        assertThatThrownBy(() -> s.createConsumer(q)).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void anotherConnectionsTemporaryQueueCannotBeConsumed() throws Exception {
        // Jakarta Messaging 3.1 §6.2.2 only the creating connection may consume from a temporary destination
        TemporaryQueue q = connection.createSession().createTemporaryQueue();
        Session other = new FakeBroker().connect("").createSession();
        assertThatThrownBy(() -> other.createConsumer(q)).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void durableSubscriptionNeedsAClientId() throws Exception {
        // Jakarta Messaging 3.1 §6.11.1 an unshared durable subscription is identified by client ID and name
        Session s = connection.createSession();
        assertThatThrownBy(() -> s.createDurableConsumer(new PetrelTopic("t"), "d"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sharedDurableSubscriptionNeedsNoClientId() throws Exception {
        // Session.createSharedDurableConsumer javadoc: no client ID needed
        Session s = connection.createSession();
        s.createSharedDurableConsumer(new PetrelTopic("t"), "d");
        assertThat(broker.calls("createConsumer")).containsExactly("createConsumer SHARED_DURABLE topic://t d");
    }

    @Test
    void subscriptionKindsReachTheBroker() throws Exception {
        // Jakarta Messaging 3.1 §6.11 the four kinds of topic subscription
        Session s = broker.connect("?jms.clientID=c").createSession();
        Topic t = new PetrelTopic("t");
        s.createConsumer(t);
        s.createDurableSubscriber(t, "a");
        s.createSharedConsumer(t, "b");
        assertThat(broker.calls("createConsumer")).containsExactly("createConsumer PLAIN topic://t null",
                "createConsumer DURABLE topic://t a", "createConsumer SHARED topic://t b");
    }

    @Test
    void subscriptionNameMustNotBeBlank() throws Exception {
        // Session.createSharedConsumer javadoc: a subscription needs a name
        Session s = connection.createSession();
        assertThatThrownBy(() -> s.createSharedConsumer(new PetrelTopic("t"), " ")).isInstanceOf(JMSException.class);
    }

    @Test
    void unsubscribeWhileAConsumerIsOpenIsRefused() throws Exception {
        // Session.unsubscribe javadoc: erroneous while the subscription has an active consumer
        Session s = broker.connect("?jms.clientID=c").createSession();
        var consumer = s.createDurableConsumer(new PetrelTopic("t"), "sub");
        assertThatThrownBy(() -> s.unsubscribe("sub")).isInstanceOf(IllegalStateException.class);
        consumer.close();
        s.unsubscribe("sub");
        assertThat(broker.calls("unsubscribe")).containsExactly("unsubscribe sub");
    }

    @Test
    void unknownSubscriptionIsAnInvalidDestination() throws Exception {
        // Session.unsubscribe javadoc: InvalidDestinationException for an invalid subscription name
        Session s = connection.createSession();
        broker.failNext("unsubscribe", new InvalidDestinationException("no such subscription"));
        assertThatThrownBy(() -> s.unsubscribe("nope")).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void browserReportsItsQueueAndSelector() throws Exception {
        // QueueBrowser javadoc: getQueue, getMessageSelector
        Session s = connection.createSession();
        var browser = s.createBrowser(new PetrelQueue("q"), "a > 1");
        assertThat(browser.getQueue()).isEqualTo(new PetrelQueue("q"));
        assertThat(browser.getMessageSelector()).isEqualTo("a > 1");
        browser.close();
        assertThatThrownBy(browser::getEnumeration).isInstanceOf(IllegalStateException.class);
    }
}
