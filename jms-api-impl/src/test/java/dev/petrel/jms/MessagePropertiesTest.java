package dev.petrel.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagePropertiesTest {

    private static Message received(Map<String, Object> properties, int deliveryCount) throws JMSException {
        WireMessage wire = new WireMessage("ID:x", DestinationRef.queue("q"), true, 4, 1L, 0, 0, null, null, null,
                null, TypedValues.encodeMap(properties), WireMessage.BodyKind.NONE, null);
        return WireMessages.fromDelivery(new Deliver(1, 1, deliveryCount, wire), TrustedPackages.JDK_ONLY);
    }

    @Test
    void integralTypesWidenButNeverNarrow() throws JMSException {
        // Jakarta Messaging 3.1 §3.5.4 property value conversion
        Message m = new PetrelMessage();
        m.setByteProperty("b", (byte) 7);
        assertThat(m.getShortProperty("b")).isEqualTo((short) 7);
        assertThat(m.getIntProperty("b")).isEqualTo(7);
        assertThat(m.getLongProperty("b")).isEqualTo(7L);
        m.setLongProperty("l", 5L);
        assertThatThrownBy(() -> m.getIntProperty("l")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> m.getByteProperty("l")).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void floatWidensToDoubleOnlyAndNumbersNeverReadAsBoolean() throws JMSException {
        // Jakarta Messaging 3.1 §3.5.4 property value conversion
        Message m = new PetrelMessage();
        m.setFloatProperty("f", 1.5f);
        assertThat(m.getDoubleProperty("f")).isEqualTo(1.5);
        assertThatThrownBy(() -> m.getLongProperty("f")).isInstanceOf(MessageFormatException.class);
        m.setIntProperty("i", 1);
        assertThatThrownBy(() -> m.getBooleanProperty("i")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> m.getFloatProperty("i")).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void stringsConvertToEveryTypeAndEveryTypeToString() throws JMSException {
        // Jakarta Messaging 3.1 §3.5.4 property value conversion
        Message m = new PetrelMessage();
        m.setStringProperty("n", "42");
        m.setStringProperty("t", "TRUE");
        assertThat(m.getIntProperty("n")).isEqualTo(42);
        assertThat(m.getDoubleProperty("n")).isEqualTo(42.0);
        assertThat(m.getBooleanProperty("t")).isTrue();
        m.setDoubleProperty("d", 2.5);
        assertThat(m.getStringProperty("d")).isEqualTo("2.5");
        m.setStringProperty("x", "abc");
        assertThatThrownBy(() -> m.getIntProperty("x")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void missingPropertyReadsAsNullConvertedLikeValueOf() throws JMSException {
        // Jakarta Messaging 3.1 §3.5.4: a property not set is handled as null
        Message m = new PetrelMessage();
        assertThat(m.getStringProperty("none")).isNull();
        assertThat(m.getObjectProperty("none")).isNull();
        assertThat(m.getBooleanProperty("none")).isFalse();
        assertThatThrownBy(() -> m.getIntProperty("none")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> m.getDoubleProperty("none")).isInstanceOf(NullPointerException.class);
        assertThat(m.propertyExists("none")).isFalse();
    }

    @Test
    void objectPropertyAcceptsOnlyWrappersAndString() throws JMSException {
        // Jakarta Messaging 3.1 §3.5.4: setObjectProperty takes the primitive wrappers and String only
        Message m = new PetrelMessage();
        m.setObjectProperty("i", 3);
        assertThat(m.getObjectProperty("i")).isEqualTo(3);
        assertThatThrownBy(() -> m.setObjectProperty("c", 'c')).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> m.setObjectProperty("a", new byte[1])).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void propertyNamesMustBeIdentifiersAndNotSelectorKeywords() {
        // Jakarta Messaging 3.1 §3.5.1 property names
        Message m = new PetrelMessage();
        assertThatThrownBy(() -> m.setIntProperty("", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.setIntProperty(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.setIntProperty("1abc", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.setIntProperty("between", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void receivedPropertiesAreReadOnlyUntilCleared() throws JMSException {
        // Jakarta Messaging 3.1 §3.10 changing the value of a received message
        Message m = received(Map.of("color", "red"), 1);
        assertThat(m.getStringProperty("color")).isEqualTo("red");
        assertThatThrownBy(() -> m.setStringProperty("color", "blue"))
                .isInstanceOf(MessageNotWriteableException.class);
        m.clearProperties();
        assertThat(m.propertyExists("color")).isFalse();
        m.setStringProperty("color", "blue");
        assertThat(m.getStringProperty("color")).isEqualTo("blue");
    }

    @Test
    void deliveryCountAboveOneMeansRedeliveredAndIsExposedAsJmsxDeliveryCount() throws JMSException {
        // Jakarta Messaging 3.1 §3.4.7 JMSRedelivered and §3.5.11 JMSXDeliveryCount
        Message first = received(Map.of(), 1);
        Message again = received(Map.of("a", 1), 3);
        assertThat(first.getJMSRedelivered()).isFalse();
        assertThat(first.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(3);
        assertThat(Collections.list(again.getPropertyNames())).containsExactlyInAnyOrder("a", "JMSXDeliveryCount");
    }

    @Test
    void sendingSnapshotsTheMessageSoLaterChangesDoNotLeak() throws JMSException {
        // Jakarta Messaging 3.1 §3.9: the application may change a message after sending it
        PetrelTextMessage m = new PetrelTextMessage("one");
        m.setStringProperty("p", "before");
        WireMessage wire = WireMessages.toWire(m, DestinationRef.queue("q"));
        m.setText("two");
        m.setStringProperty("p", "after");
        Message back = WireMessages.fromDelivery(new Deliver(1, 1, 1, wire), TrustedPackages.JDK_ONLY);
        assertThat(back.getBody(String.class)).isEqualTo("one");
        assertThat(back.getStringProperty("p")).isEqualTo("before");
    }
}
