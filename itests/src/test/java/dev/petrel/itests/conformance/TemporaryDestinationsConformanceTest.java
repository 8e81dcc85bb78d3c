package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §4.1.5, §4.2.7, §6.2.2 (temporary destinations) against a real broker. */
@Timeout(30)
class TemporaryDestinationsConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    @Test
    void aTemporaryQueueCarriesMessagesWithinItsConnection() throws Exception {
        // Jakarta Messaging 3.1 §4.1.5: a TemporaryQueue is a queue for the duration of its connection
        Session session = BROKER.started().createSession();
        TemporaryQueue temp = session.createTemporaryQueue();
        assertThat(temp.getQueueName()).isNotBlank();
        session.createProducer(temp).send(session.createTextMessage("x"));
        assertThat(((TextMessage) session.createConsumer(temp).receive(5000)).getText()).isEqualTo("x");
    }

    @Test
    void aTemporaryTopicCarriesMessagesToItsSubscribers() throws Exception {
        // Jakarta Messaging 3.1 §4.2.7: a TemporaryTopic is a topic for the duration of its connection
        Session session = BROKER.started().createSession();
        TemporaryTopic temp = session.createTemporaryTopic();
        assertThat(temp.getTopicName()).isNotBlank();
        MessageConsumer consumer = session.createConsumer(temp);
        session.createProducer(temp).send(session.createTextMessage("x"));
        assertThat(consumer.receive(5000)).isNotNull();
    }

    @Test
    void temporaryDestinationsAreUnique() throws Exception {
        // Jakarta Messaging 3.1 §6.2.2: temporary destinations are system-generated uniquely for their connection
        Session a = BROKER.connection().createSession();
        Session b = BROKER.connection().createSession();
        assertThat(a.createTemporaryQueue()).isNotEqualTo(a.createTemporaryQueue()).isNotEqualTo(b.createTemporaryQueue());
        assertThat(a.createTemporaryTopic().getTopicName()).isNotEqualTo(b.createTemporaryTopic().getTopicName());
    }

    @Test
    void anySessionOfTheConnectionMayConsumeFromIt() throws Exception {
        // Jakarta Messaging 3.1 §6.2.2: the scope of a temporary destination is the whole connection
        Connection connection = BROKER.started();
        TemporaryQueue temp = connection.createSession().createTemporaryQueue();
        Session other = connection.createSession();
        other.createProducer(temp).send(other.createMessage());
        assertThat(other.createConsumer(temp).receive(5000)).isNotNull();
    }

    @Test
    void anotherConnectionMaySendButNotConsume() throws Exception {
        // Jakarta Messaging 3.1 §6.2.2: only the connection that created it may create consumers for it
        Connection owner = BROKER.started();
        Session ownerSession = owner.createSession();
        TemporaryQueue temp = ownerSession.createTemporaryQueue();
        Session stranger = BROKER.started().createSession();
        stranger.createProducer(temp).send(stranger.createTextMessage("reply"));
        assertThatThrownBy(() -> stranger.createConsumer(temp)).isInstanceOf(InvalidDestinationException.class);
        assertThat(ownerSession.createConsumer(temp).receive(5000)).isNotNull();
    }

    @Test
    void deleteWithAnOpenConsumerIsRefused() throws Exception {
        // Jakarta Messaging 3.1 §6.2.2 (TemporaryQueue.delete javadoc): deleting one in use is a JMSException
        Session session = BROKER.connection().createSession();
        TemporaryQueue queue = session.createTemporaryQueue();
        TemporaryTopic topic = session.createTemporaryTopic();
        MessageConsumer qc = session.createConsumer(queue);
        MessageConsumer tc = session.createConsumer(topic);
        assertThatThrownBy(queue::delete).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(topic::delete).isInstanceOf(IllegalStateException.class);
        qc.close();
        tc.close();
        queue.delete();
        topic.delete();
    }

    @Test
    void aDeletedTemporaryDestinationCannotBeUsed() throws Exception {
        // Jakarta Messaging 3.1 §10.3: a destination that is no longer valid is an InvalidDestinationException
        Session session = BROKER.connection().createSession();
        TemporaryQueue temp = session.createTemporaryQueue();
        temp.delete();
        assertThatThrownBy(() -> session.createProducer(temp).send(session.createMessage()))
                .isInstanceOf(InvalidDestinationException.class);
        assertThatThrownBy(() -> session.createConsumer(temp)).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void temporaryDestinationsDieWithTheirConnection() throws Exception {
        // Jakarta Messaging 3.1 §6.2.2: temporary destinations are deleted when their connection is closed
        Connection owner = BROKER.factory().createConnection();
        TemporaryQueue temp = owner.createSession().createTemporaryQueue();
        owner.close();
        Session other = BROKER.connection().createSession();
        assertThatThrownBy(() -> other.createProducer(temp).send(other.createMessage()))
                .isInstanceOf(InvalidDestinationException.class);
    }
}
