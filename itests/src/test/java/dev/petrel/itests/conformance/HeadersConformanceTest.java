package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §3.4 (message header fields) set by a send and seen by the receiver of a real broker. */
@Timeout(30)
class HeadersConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    private Session session;
    private Queue queue;
    private MessageConsumer consumer;
    private MessageProducer producer;

    @BeforeEach
    void open() throws Exception {
        session = BROKER.started().createSession();
        queue = session.createQueue(BROKER.name());
        consumer = session.createConsumer(queue);
        producer = session.createProducer(queue);
    }

    @Test
    void destinationIsSetBySendAndEqualOnReceipt() throws Exception {
        // Jakarta Messaging 3.1 §3.4.1: JMSDestination is ignored on send, set by it, and equivalent on receipt
        Message message = session.createMessage();
        message.setJMSDestination(session.createQueue("ignored"));
        producer.send(message);
        assertThat(message.getJMSDestination()).isEqualTo(queue);
        assertThat(consumer.receive(5000).getJMSDestination()).isEqualTo(queue);
    }

    @Test
    void deliveryModeIsTheProducersNotTheMessages() throws Exception {
        // Jakarta Messaging 3.1 §3.4.2: JMSDeliveryMode is ignored on send and holds the mode the send used
        Message message = session.createMessage();
        message.setJMSDeliveryMode(DeliveryMode.PERSISTENT);
        producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        producer.send(message);
        assertThat(message.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(consumer.receive(5000).getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        producer.send(message, DeliveryMode.PERSISTENT, 4, 0);
        assertThat(consumer.receive(5000).getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
    }

    @Test
    void messageIdsStartWithIdAndAreUnique() throws Exception {
        // Jakarta Messaging 3.1 §3.4.3: JMSMessageID is assigned by send, starts with 'ID:' and is unique
        Message a = session.createMessage();
        Message b = session.createMessage();
        producer.send(a);
        producer.send(b);
        assertThat(a.getJMSMessageID()).startsWith("ID:").isNotEqualTo(b.getJMSMessageID());
        assertThat(consumer.receive(5000).getJMSMessageID()).isEqualTo(a.getJMSMessageID());
        assertThat(consumer.receive(5000).getJMSMessageID()).isEqualTo(b.getJMSMessageID());
    }

    @Test
    void disabledMessageIdIsNullOrStillUnique() throws Exception {
        // Jakarta Messaging 3.1 §3.4.3: with setDisableMessageID the ID is null if the hint is accepted
        producer.setDisableMessageID(true);
        assertThat(producer.getDisableMessageID()).isTrue();
        producer.send(session.createMessage());
        String id = consumer.receive(5000).getJMSMessageID();
        assertThat(id == null || id.startsWith("ID:")).isTrue();
    }

    @Test
    void timestampLiesBetweenTheCallAndItsReturn() throws Exception {
        // Jakarta Messaging 3.1 §3.4.4: JMSTimestamp is a time between the send call and its return
        Message message = session.createMessage();
        long before = System.currentTimeMillis();
        producer.send(message);
        long after = System.currentTimeMillis();
        assertThat(message.getJMSTimestamp()).isBetween(before, after);
        assertThat(consumer.receive(5000).getJMSTimestamp()).isEqualTo(message.getJMSTimestamp());
    }

    @Test
    void disabledTimestampIsZeroOrNormal() throws Exception {
        // Jakarta Messaging 3.1 §3.4.4: with setDisableMessageTimestamp the timestamp is zero if the hint is accepted
        producer.setDisableMessageTimestamp(true);
        assertThat(producer.getDisableMessageTimestamp()).isTrue();
        long before = System.currentTimeMillis();
        producer.send(session.createMessage());
        long ts = consumer.receive(5000).getJMSTimestamp();
        assertThat(ts == 0 || ts >= before).isTrue();
    }

    @Test
    void correlationIdTravelsAsStringOrBytes() throws Exception {
        // Jakarta Messaging 3.1 §3.4.5: JMSCorrelationID holds a message ID, an application string or bytes
        Message text = session.createMessage();
        text.setJMSCorrelationID("order-17");
        producer.send(text);
        Message bytes = session.createMessage();
        bytes.setJMSCorrelationIDAsBytes(new byte[] {1, 2, 3});
        producer.send(bytes);
        assertThat(consumer.receive(5000).getJMSCorrelationID()).isEqualTo("order-17");
        assertThat(consumer.receive(5000).getJMSCorrelationIDAsBytes()).containsExactly(1, 2, 3);
    }

    @Test
    void replyToCarriesQueuesTopicsAndTemporaryDestinations() throws Exception {
        // Jakarta Messaging 3.1 §3.4.6: JMSReplyTo carries the destination for a reply
        Topic topic = session.createTopic(BROKER.name("t"));
        TemporaryQueue temp = session.createTemporaryQueue();
        for (jakarta.jms.Destination replyTo : new jakarta.jms.Destination[] {queue, topic, temp, null}) {
            Message message = session.createMessage();
            message.setJMSReplyTo(replyTo);
            producer.send(message);
            assertThat(consumer.receive(5000).getJMSReplyTo()).isEqualTo(replyTo);
        }
        Message request = session.createMessage();
        request.setJMSReplyTo(temp);
        producer.send(request);
        Message got = consumer.receive(5000);
        session.createProducer(got.getJMSReplyTo()).send(session.createTextMessage("reply"));
        assertThat(session.createConsumer(temp).receive(5000)).isNotNull();
    }

    @Test
    void redeliveredIsFalseOnFirstDeliveryAndIgnoredOnSend() throws Exception {
        // Jakarta Messaging 3.1 §3.4.7: JMSRedelivered has no meaning on send and is false on a first delivery
        Message message = session.createMessage();
        message.setJMSRedelivered(true);
        producer.send(message);
        Message got = consumer.receive(5000);
        assertThat(got.getJMSRedelivered()).isFalse();
        assertThat(got.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
    }

    @Test
    void typeTravelsUnchanged() throws Exception {
        // Jakarta Messaging 3.1 §3.4.8: JMSType is supplied by the client on send and received as it was
        Message message = session.createMessage();
        message.setJMSType("car");
        producer.send(message);
        assertThat(consumer.receive(5000).getJMSType()).isEqualTo("car");
    }

    @Test
    void expirationIsSendTimePlusTimeToLiveOrZero() throws Exception {
        // Jakarta Messaging 3.1 §3.4.9: JMSExpiration = send time + time-to-live; 0 means it never expires
        Message never = session.createMessage();
        never.setJMSExpiration(123);
        producer.send(never);
        assertThat(never.getJMSExpiration()).isZero();
        Message lives = session.createMessage();
        long before = System.currentTimeMillis();
        producer.send(lives, DeliveryMode.PERSISTENT, 4, 60_000);
        long after = System.currentTimeMillis();
        assertThat(lives.getJMSExpiration()).isBetween(before + 60_000, after + 60_000);
        assertThat(consumer.receive(5000).getJMSExpiration()).isZero();
        assertThat(consumer.receive(5000).getJMSExpiration()).isEqualTo(lives.getJMSExpiration());
    }

    @Test
    void priorityIsTheSendsAndDefaultsToFour() throws Exception {
        // Jakarta Messaging 3.1 §3.4.10: JMSPriority is ignored on send and holds the priority the send used
        Message message = session.createMessage();
        message.setJMSPriority(9);
        producer.send(message);
        assertThat(message.getJMSPriority()).isEqualTo(4);
        assertThat(consumer.receive(5000).getJMSPriority()).isEqualTo(4);
        producer.send(message, DeliveryMode.PERSISTENT, 7, 0);
        assertThat(consumer.receive(5000).getJMSPriority()).isEqualTo(7);
    }

    @Test
    void deliveryTimeIsSendTimePlusDelay() throws Exception {
        // Jakarta Messaging 3.1 §3.4.13: JMSDeliveryTime = send time + delivery delay, the same on receipt
        Message now = session.createMessage();
        long before = System.currentTimeMillis();
        producer.send(now);
        assertThat(now.getJMSDeliveryTime()).isBetween(before, System.currentTimeMillis());
        producer.setDeliveryDelay(200);
        Message later = session.createMessage();
        long sent = System.currentTimeMillis();
        producer.send(later);
        assertThat(later.getJMSDeliveryTime()).isGreaterThanOrEqualTo(sent + 200);
        assertThat(consumer.receive(5000).getJMSDeliveryTime()).isEqualTo(now.getJMSDeliveryTime());
        assertThat(consumer.receive(5000).getJMSDeliveryTime()).isEqualTo(later.getJMSDeliveryTime());
    }

    @Test
    void receivedHeadersMayBeChanged() throws Exception {
        // Jakarta Messaging 3.1 §3.10: when a message is received, its header field values can be changed
        producer.send(session.createMessage());
        Message got = consumer.receive(5000);
        got.setJMSType("changed");
        got.setJMSCorrelationID("c");
        got.setJMSPriority(1);
        assertThat(got.getJMSType()).isEqualTo("changed");
        assertThat(got.getJMSPriority()).isEqualTo(1);
    }
}
