package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.jms.PetrelMessage;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTextMessage;
import dev.petrel.jms.PetrelTopic;
import dev.petrel.jms.Received;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

// Chapter 3.4 message header fields, client side (no broker).
class MessageHeadersConformanceTest {

    @Test
    void newMessageHasDefaultDeliveryModePriorityAndNoIds() throws Exception {
        // Jakarta Messaging 3.1 §3.4 header defaults before the message is sent
        Message m = new PetrelMessage();
        assertThat(m.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        assertThat(m.getJMSPriority()).isEqualTo(Message.DEFAULT_PRIORITY);
        assertThat(m.getJMSMessageID()).isNull();
        assertThat(m.getJMSTimestamp()).isZero();
        assertThat(m.getJMSExpiration()).isZero();
        assertThat(m.getJMSRedelivered()).isFalse();
    }

    @Test
    void correlationIdSetAsStringReadsBackAsString() throws Exception {
        // Jakarta Messaging 3.1 §3.4.5 JMSCorrelationID
        Message m = new PetrelMessage();
        m.setJMSCorrelationID("order-7");
        assertThat(m.getJMSCorrelationID()).isEqualTo("order-7");
    }

    @Test
    void correlationIdSetAsBytesReadsBackAsCopiedBytes() throws Exception {
        // Jakarta Messaging 3.1 §3.4.5 JMSCorrelationID as bytes: the array is copied
        Message m = new PetrelMessage();
        byte[] id = {1, 2, 3};
        m.setJMSCorrelationIDAsBytes(id);
        id[0] = 9;
        assertThat(m.getJMSCorrelationIDAsBytes()).containsExactly(1, 2, 3);
    }

    @Test
    void correlationIdStringIsAlsoReadableAsBytes() throws Exception {
        // Jakarta Messaging 3.1 §3.4.5 JMSCorrelationID: one header, two views
        Message m = new PetrelMessage();
        m.setJMSCorrelationID("abc");
        assertThat(m.getJMSCorrelationIDAsBytes()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void correlationIdTravelsInItsOwnForm() throws Exception {
        // Jakarta Messaging 3.1 §3.4.5 JMSCorrelationID survives the trip as string and as bytes
        Message text = new PetrelMessage();
        text.setJMSCorrelationID("c-1");
        Message bytes = new PetrelMessage();
        bytes.setJMSCorrelationIDAsBytes(new byte[] {7, 8});
        assertThat(Received.copyOf(text).getJMSCorrelationID()).isEqualTo("c-1");
        assertThat(Received.copyOf(bytes).getJMSCorrelationIDAsBytes()).containsExactly(7, 8);
    }

    @Test
    void clearingCorrelationIdWithNullRemovesIt() throws Exception {
        // Jakarta Messaging 3.1 §3.4.5 JMSCorrelationID may be null
        Message m = new PetrelMessage();
        m.setJMSCorrelationID("x");
        m.setJMSCorrelationID(null);
        assertThat(m.getJMSCorrelationID()).isNull();
        assertThat(m.getJMSCorrelationIDAsBytes()).isNull();
    }

    @Test
    void replyToTravelsWithTheMessage() throws Exception {
        // Jakarta Messaging 3.1 §3.4.6 JMSReplyTo
        Message m = new PetrelMessage();
        m.setJMSReplyTo(new PetrelTopic("answers"));
        assertThat(Received.copyOf(m).getJMSReplyTo()).isEqualTo(new PetrelTopic("answers"));
    }

    @Test
    void typeTravelsWithTheMessage() throws Exception {
        // Jakarta Messaging 3.1 §3.4.8 JMSType
        Message m = new PetrelMessage();
        m.setJMSType("invoice");
        assertThat(Received.copyOf(m).getJMSType()).isEqualTo("invoice");
    }

    @Test
    void headersSetBeforeSendingTravelUnchanged() throws Exception {
        // Jakarta Messaging 3.1 §3.4 every header field is carried by the wire form
        Message m = new PetrelTextMessage("x");
        m.setJMSMessageID("ID:1");
        m.setJMSTimestamp(11);
        m.setJMSExpiration(22);
        m.setJMSDeliveryTime(33);
        m.setJMSPriority(7);
        m.setJMSDeliveryMode(DeliveryMode.NON_PERSISTENT);
        Message back = Received.copyOf(m);
        assertThat(back.getJMSMessageID()).isEqualTo("ID:1");
        assertThat(back.getJMSTimestamp()).isEqualTo(11);
        assertThat(back.getJMSExpiration()).isEqualTo(22);
        assertThat(back.getJMSDeliveryTime()).isEqualTo(33);
        assertThat(back.getJMSPriority()).isEqualTo(7);
        assertThat(back.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(back.getJMSDestination()).isEqualTo(new PetrelQueue("q"));
    }

    @Test
    void firstDeliveryIsNotRedelivered() throws Exception {
        // Jakarta Messaging 3.1 §3.4.7 JMSRedelivered
        assertThat(Received.copyOf(new PetrelMessage()).getJMSRedelivered()).isFalse();
    }

    @Test
    void deliveryCountAboveOneSetsRedelivered() throws Exception {
        // Jakarta Messaging 3.1 §3.4.7 JMSRedelivered and §3.5.11 JMSXDeliveryCount
        Message back = Received.copyOf(new PetrelMessage(), 2, dev.petrel.jms.TrustedPackages.JDK_ONLY);
        assertThat(back.getJMSRedelivered()).isTrue();
        assertThat(back.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
    }

    @Test
    void headerSettersAreUsableByTheApplicationAfterReceipt() throws Exception {
        // Jakarta Messaging 3.1 §3.4.11 a received message's headers may be changed (only body and properties are read-only)
        Message back = Received.copyOf(new PetrelMessage());
        back.setJMSType("changed");
        back.setJMSPriority(1);
        assertThat(back.getJMSType()).isEqualTo("changed");
        assertThat(back.getJMSPriority()).isEqualTo(1);
    }

    @Test
    void nullMessageIdTravelsAsNull() throws Exception {
        // Jakarta Messaging 3.1 §3.4.3 JMSMessageID null when disabled
        assertThat(Received.copyOf(new PetrelMessage()).getJMSMessageID()).isNull();
    }
}
