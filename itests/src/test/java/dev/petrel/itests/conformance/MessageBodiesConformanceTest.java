package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §3.11 (message bodies) through a real broker: what is sent is what is received. */
@Timeout(30)
class MessageBodiesConformanceTest {

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

    @SuppressWarnings("unchecked")
    private <T extends Message> T roundTrip(T message) throws Exception {
        session.createProducer(queue).send(message);
        Message received = consumer.receive(5000);
        assertThat(received).isNotNull();
        return (T) received;
    }

    @Test
    void textBodyArrivesIntactIncludingUnicodeAndNull() throws Exception {
        // Jakarta Messaging 3.1 §3.11: a TextMessage carries a java.lang.String
        String text = "héllo \u2603 \uD83D\uDE00 " + "x".repeat(70_000);
        assertThat(roundTrip(session.createTextMessage(text)).getText()).isEqualTo(text);
        assertThat(roundTrip(session.createTextMessage()).getText()).isNull();
    }

    @Test
    void bytesBodyArrivesIntactAndReadOnly() throws Exception {
        // Jakarta Messaging 3.1 §3.11.2: a received BytesMessage body is read-only with the bytes that were written
        BytesMessage sent = session.createBytesMessage();
        sent.writeBoolean(true);
        sent.writeByte((byte) -3);
        sent.writeShort((short) 300);
        sent.writeChar('z');
        sent.writeInt(70_000);
        sent.writeLong(1L << 40);
        sent.writeFloat(1.5f);
        sent.writeDouble(2.25);
        sent.writeUTF("utf");
        sent.writeBytes(new byte[] {1, 2, 3, 4}, 1, 2);
        sent.writeObject(Integer.valueOf(9));
        BytesMessage got = roundTrip(sent);
        assertThat(got.getBodyLength()).isEqualTo(1 + 1 + 2 + 2 + 4 + 8 + 4 + 8 + 5 + 2 + 4);
        assertThat(got.readBoolean()).isTrue();
        assertThat(got.readByte()).isEqualTo((byte) -3);
        assertThat(got.readShort()).isEqualTo((short) 300);
        assertThat(got.readChar()).isEqualTo('z');
        assertThat(got.readInt()).isEqualTo(70_000);
        assertThat(got.readLong()).isEqualTo(1L << 40);
        assertThat(got.readFloat()).isEqualTo(1.5f);
        assertThat(got.readDouble()).isEqualTo(2.25);
        assertThat(got.readUTF()).isEqualTo("utf");
        byte[] two = new byte[2];
        assertThat(got.readBytes(two, 2)).isEqualTo(2);
        assertThat(two).containsExactly(2, 3);
        assertThat(got.readInt()).isEqualTo(9);
        assertThat(got.readBytes(new byte[1])).isEqualTo(-1);
        assertThatThrownBy(got::readByte).isInstanceOf(MessageEOFException.class);
        assertThatThrownBy(() -> got.writeInt(1)).isInstanceOf(MessageNotWriteableException.class);
        got.reset();
        assertThat(got.readBoolean()).isTrue();
        assertThat(got.readUnsignedByte()).isEqualTo(253);
        assertThat(got.readUnsignedShort()).isEqualTo(300);
    }

    @Test
    void bytesGetBodyReturnsTheWholeBodyAndResetsTheReadPosition() throws Exception {
        // Jakarta Messaging 3.1 §3.11 (Message.getBody javadoc): getBody resets a BytesMessage before and after use
        BytesMessage sent = session.createBytesMessage();
        sent.writeBytes(new byte[] {10, 20, 30});
        BytesMessage got = roundTrip(sent);
        assertThat(got.readByte()).isEqualTo((byte) 10);
        assertThat(got.getBody(byte[].class)).containsExactly(10, 20, 30);
        assertThat(got.readByte()).as("read position after getBody").isEqualTo((byte) 10);
        assertThat(got.isBodyAssignableTo(byte[].class)).isTrue();
        assertThat(got.isBodyAssignableTo(String.class)).isFalse();
        assertThatThrownBy(() -> got.getBody(String.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void mapBodyArrivesWithEveryTypeAndConversion() throws Exception {
        // Jakarta Messaging 3.1 §3.11.3: MapMessage values keep their types and support the conversion table
        MapMessage sent = session.createMapMessage();
        sent.setBoolean("bool", true);
        sent.setByte("byte", (byte) 7);
        sent.setShort("short", (short) 8);
        sent.setChar("char", 'c');
        sent.setInt("int", 9);
        sent.setLong("long", 10L);
        sent.setFloat("float", 1.25f);
        sent.setDouble("double", 2.5);
        sent.setString("string", "42");
        sent.setBytes("bytes", new byte[] {1, 2, 3}, 1, 1);
        sent.setObject("object", 11);
        sent.setString("null", null);
        MapMessage got = roundTrip(sent);
        List<Object> names = Collections.list(got.getMapNames());
        assertThat(names).containsExactlyInAnyOrder("bool", "byte", "short", "char", "int", "long", "float", "double",
                "string", "bytes", "object", "null");
        assertThat(got.getBoolean("bool")).isTrue();
        assertThat(got.getLong("byte")).isEqualTo(7L);
        assertThat(got.getInt("short")).isEqualTo(8);
        assertThat(got.getChar("char")).isEqualTo('c');
        assertThat(got.getString("int")).isEqualTo("9");
        assertThat(got.getLong("long")).isEqualTo(10L);
        assertThat(got.getDouble("float")).isEqualTo(1.25);
        assertThat(got.getDouble("double")).isEqualTo(2.5);
        assertThat(got.getInt("string")).isEqualTo(42);
        assertThat(got.getBytes("bytes")).containsExactly(2);
        assertThat(got.getObject("object")).isEqualTo(11);
        assertThat(got.getString("null")).isNull();
        assertThat(got.itemExists("bool")).isTrue();
        assertThat(got.itemExists("missing")).isFalse();
        assertThat(got.getString("missing")).isNull();
        assertThatThrownBy(() -> got.getInt("bool")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> got.setInt("x", 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThat(got.getBody(Map.class)).containsEntry("int", 9).hasSize(12);
    }

    @Test
    void streamBodyArrivesInOrderWithConversions() throws Exception {
        // Jakarta Messaging 3.1 §3.11.3: StreamMessage values are read back in order, with the conversion table
        StreamMessage sent = session.createStreamMessage();
        sent.writeBoolean(false);
        sent.writeByte((byte) 1);
        sent.writeShort((short) 2);
        sent.writeChar('s');
        sent.writeInt(3);
        sent.writeLong(4L);
        sent.writeFloat(5.5f);
        sent.writeDouble(6.5);
        sent.writeString("7");
        sent.writeBytes(new byte[] {8, 9});
        sent.writeObject(null);
        StreamMessage got = roundTrip(sent);
        assertThat(got.readString()).isEqualTo("false");
        assertThat(got.readLong()).isEqualTo(1L);
        assertThat(got.readInt()).isEqualTo(2);
        assertThat(got.readChar()).isEqualTo('s');
        assertThat(got.readObject()).isEqualTo(3);
        assertThat(got.readLong()).isEqualTo(4L);
        assertThat(got.readDouble()).isEqualTo(5.5);
        assertThat(got.readDouble()).isEqualTo(6.5);
        assertThatThrownBy(got::readChar).isInstanceOf(MessageFormatException.class);
        assertThat(got.readInt()).as("a failed read does not move the position").isEqualTo(7);
        byte[] bytes = new byte[5];
        assertThat(got.readBytes(bytes)).isEqualTo(2);
        assertThat(got.readBytes(bytes)).isEqualTo(-1);
        assertThat(got.readObject()).isNull();
        assertThatThrownBy(got::readInt).isInstanceOf(MessageEOFException.class);
        assertThatThrownBy(() -> got.getBody(Object.class)).isInstanceOf(MessageFormatException.class);
        assertThat(got.isBodyAssignableTo(Object.class)).isFalse();
        got.reset();
        assertThat(got.readBoolean()).isFalse();
    }

    @Test
    void objectBodyArrivesAsACopy() throws Exception {
        // Jakarta Messaging 3.1 §3.12: an ObjectMessage carries a serializable object, copied in and out
        ArrayList<String> list = new ArrayList<>(List.of("a", "b"));
        ObjectMessage sent = session.createObjectMessage(list);
        list.add("changed after set");
        ObjectMessage got = roundTrip(sent);
        assertThat(got.getObject()).isEqualTo(List.of("a", "b"));
        assertThat(got.getBody(java.io.Serializable.class)).isEqualTo(List.of("a", "b"));
        assertThat(got.isBodyAssignableTo(List.class)).isTrue();
        assertThat(got.isBodyAssignableTo(String.class)).isFalse();
        assertThatThrownBy(() -> got.setObject("x")).isInstanceOf(MessageNotWriteableException.class);
        assertThat(roundTrip(session.createObjectMessage()).getObject()).isNull();
    }

    @Test
    void aPlainMessageHasNoBody() throws Exception {
        // Jakarta Messaging 3.1 §3.11 (Message.getBody javadoc): a Message that is not a subtype has a null body
        Message got = roundTrip(session.createMessage());
        assertThat(got.getBody(String.class)).isNull();
        assertThat(got.isBodyAssignableTo(Integer.class)).isTrue();
    }

    @Test
    void emptyBodiesReadAsNullForAnyType() throws Exception {
        // Jakarta Messaging 3.1 §3.11 (Message.getBody javadoc): a message with no body returns null for any type
        assertThat(roundTrip(session.createTextMessage()).getBody(Integer.class)).isNull();
        assertThat(roundTrip(session.createBytesMessage()).getBody(String.class)).isNull();
        assertThat(roundTrip(session.createMapMessage()).isBodyAssignableTo(String.class)).isTrue();
    }

    @Test
    void aReceivedBodyBecomesWritableAfterClearBody() throws Exception {
        // Jakarta Messaging 3.1 §3.11.1, §3.11.2: clearBody makes a received body empty and writable
        TextMessage text = roundTrip(session.createTextMessage("x"));
        assertThatThrownBy(() -> text.setText("y")).isInstanceOf(MessageNotWriteableException.class);
        text.clearBody();
        assertThat(text.getText()).isNull();
        text.setText("y");
        assertThat(text.getText()).isEqualTo("y");
        assertThat(text.getJMSMessageID()).isNotNull();
    }

    @Test
    void aSentMessageCanBeModifiedAndResentWithoutAffectingTheFirst() throws Exception {
        // Jakarta Messaging 3.1 §3.9: after sending, a client may modify and resend the same message object
        TextMessage message = session.createTextMessage("first");
        var producer = session.createProducer(queue);
        producer.send(message);
        message.setText("second");
        producer.send(message);
        assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("first");
        assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("second");
    }

    @Test
    void aRedeliveredMessageIsTheOriginalEvenIfTheReceiverChangedIt() throws Exception {
        // Jakarta Messaging 3.1 §3.10: a redelivered message is the original, unmodified message
        Session client = BROKER.started().createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer c = client.createConsumer(queue);
        consumer.close();
        session.createProducer(queue).send(session.createTextMessage("original"));
        TextMessage got = (TextMessage) c.receive(5000);
        got.clearBody();
        got.setText("changed");
        got.clearProperties();
        got.setStringProperty("p", "v");
        client.recover();
        TextMessage again = (TextMessage) c.receive(5000);
        assertThat(again.getText()).isEqualTo("original");
        assertThat(again.propertyExists("p")).isFalse();
        assertThat(again.getJMSRedelivered()).isTrue();
    }
}
