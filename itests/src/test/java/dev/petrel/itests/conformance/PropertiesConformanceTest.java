package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §3.5 (message properties) through a real broker. */
@Timeout(30)
class PropertiesConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    private Session session;
    private Queue queue;
    private MessageConsumer consumer;

    @BeforeEach
    void open() throws Exception {
        session = BROKER.started().createSession();
        queue = session.createQueue(BROKER.name());
        consumer = session.createConsumer(queue);
    }

    private Message roundTrip(Message message) throws Exception {
        session.createProducer(queue).send(message);
        Message got = consumer.receive(5000);
        assertThat(got).isNotNull();
        return got;
    }

    @Test
    void everyPropertyTypeArrivesWithItsType() throws Exception {
        // Jakarta Messaging 3.1 §3.5.2, §3.5.5: boolean, byte, short, int, long, float, double and String values
        Message m = session.createMessage();
        m.setBooleanProperty("b", true);
        m.setByteProperty("y", (byte) 1);
        m.setShortProperty("s", (short) 2);
        m.setIntProperty("i", 3);
        m.setLongProperty("l", 4L);
        m.setFloatProperty("f", 5.5f);
        m.setDoubleProperty("d", 6.5);
        m.setStringProperty("t", "seven");
        m.setObjectProperty("o", 8);
        Message got = roundTrip(m);
        assertThat(got.getObjectProperty("b")).isEqualTo(true);
        assertThat(got.getObjectProperty("y")).isEqualTo((byte) 1);
        assertThat(got.getObjectProperty("s")).isEqualTo((short) 2);
        assertThat(got.getObjectProperty("i")).isEqualTo(3);
        assertThat(got.getObjectProperty("l")).isEqualTo(4L);
        assertThat(got.getObjectProperty("f")).isEqualTo(5.5f);
        assertThat(got.getObjectProperty("d")).isEqualTo(6.5);
        assertThat(got.getObjectProperty("t")).isEqualTo("seven");
        assertThat(got.getObjectProperty("o")).isEqualTo(8);
    }

    @Test
    void receivedPropertiesConvertPerTheTable() throws Exception {
        // Jakarta Messaging 3.1 §3.5.4: the property value conversion table applies to received messages
        Message m = session.createMessage();
        m.setByteProperty("y", (byte) 1);
        m.setFloatProperty("f", 1.5f);
        m.setStringProperty("n", "12");
        m.setStringProperty("bool", "true");
        m.setBooleanProperty("b", false);
        Message got = roundTrip(m);
        assertThat(got.getLongProperty("y")).isEqualTo(1L);
        assertThat(got.getStringProperty("y")).isEqualTo("1");
        assertThat(got.getDoubleProperty("f")).isEqualTo(1.5);
        assertThat(got.getIntProperty("n")).isEqualTo(12);
        assertThat(got.getBooleanProperty("bool")).isTrue();
        assertThat(got.getStringProperty("b")).isEqualTo("false");
        assertThatThrownBy(() -> got.getIntProperty("b")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> got.getByteProperty("f")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> got.getIntProperty("bool")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void receivedPropertiesAreReadOnlyUntilCleared() throws Exception {
        // Jakarta Messaging 3.1 §3.5.3, §3.5.7: received properties are read-only; clearProperties empties them
        Message m = session.createMessage();
        m.setStringProperty("p", "v");
        Message got = roundTrip(m);
        assertThatThrownBy(() -> got.setStringProperty("q", "w")).isInstanceOf(MessageNotWriteableException.class);
        got.clearProperties();
        assertThat(got.propertyExists("p")).isFalse();
        got.setStringProperty("q", "w");
        assertThat(got.getStringProperty("q")).isEqualTo("w");
    }

    @Test
    void propertyNamesListTheApplicationPropertiesOnly() throws Exception {
        // Jakarta Messaging 3.1 §3.5.6: getPropertyNames does not return the names of the standard header fields
        Message m = session.createMessage();
        m.setStringProperty("alpha", "a");
        m.setIntProperty("beta", 1);
        m.setJMSType("type");
        Message got = roundTrip(m);
        List<Object> names = Collections.list(got.getPropertyNames());
        assertThat(names).contains("alpha", "beta").doesNotContain("JMSType", "JMSMessageID", "JMSPriority");
    }

    @Test
    void aMissingPropertyReadsAsNull() throws Exception {
        // Jakarta Messaging 3.1 §3.5.8: a property that was not set is handled as if it existed with a null value
        Message got = roundTrip(session.createMessage());
        assertThat(got.propertyExists("missing")).isFalse();
        assertThat(got.getStringProperty("missing")).isNull();
        assertThat(got.getObjectProperty("missing")).isNull();
        assertThat(got.getBooleanProperty("missing")).isFalse();
        assertThatThrownBy(() -> got.getIntProperty("missing")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void deliveryCountIsSetOnReceipt() throws Exception {
        // Jakarta Messaging 3.1 §3.5.11: JMSXDeliveryCount is 1 on first receipt and counts every redelivery
        Session client = BROKER.started().createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer c = client.createConsumer(queue);
        consumer.close();
        session.createProducer(queue).send(session.createMessage());
        for (int expected = 1; expected <= 3; expected++) {
            Message got = c.receive(5000);
            assertThat(got.getIntProperty("JMSXDeliveryCount")).isEqualTo(expected);
            assertThat(got.getJMSRedelivered()).isEqualTo(expected > 1);
            client.recover();
        }
    }

    @Test
    void groupPropertiesAreCarried() throws Exception {
        // Jakarta Messaging 3.1 §3.5.9: JMSXGroupID and JMSXGroupSeq are set by the client and all providers support them
        Message m = session.createMessage();
        m.setStringProperty("JMSXGroupID", "g");
        m.setIntProperty("JMSXGroupSeq", 1);
        Message got = roundTrip(m);
        assertThat(got.getStringProperty("JMSXGroupID")).isEqualTo("g");
        assertThat(got.getIntProperty("JMSXGroupSeq")).isEqualTo(1);
    }

    @Test
    void invalidPropertyNamesAndValueTypesAreRefused() throws Exception {
        // Jakarta Messaging 3.1 §3.5.1, §3.5.5: names follow selector identifier rules; only the listed object types
        Message m = session.createMessage();
        assertThatThrownBy(() -> m.setStringProperty("", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.setStringProperty(null, "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.setObjectProperty("o", new Object())).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void propertyValuesAreCopiedAtSend() throws Exception {
        // Jakarta Messaging 3.1 §3.9: changing a message after send does not change the message sent
        Message m = session.createMessage();
        m.setStringProperty("p", "before");
        session.createProducer(queue).send(m);
        m.setStringProperty("p", "after");
        assertThat(consumer.receive(5000).getStringProperty("p")).isEqualTo("before");
    }
}
