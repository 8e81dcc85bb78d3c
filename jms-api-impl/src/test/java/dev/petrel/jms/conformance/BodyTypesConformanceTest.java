package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.PetrelBytesMessage;
import dev.petrel.jms.PetrelMapMessage;
import dev.petrel.jms.PetrelMessage;
import dev.petrel.jms.PetrelObjectMessage;
import dev.petrel.jms.PetrelStreamMessage;
import dev.petrel.jms.PetrelTextMessage;
import dev.petrel.jms.Received;
import jakarta.jms.BytesMessage;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Chapter 3.11 and 3.13 message body types, client side (no broker).
class BodyTypesConformanceTest {

    @Test
    void textBodyTravelsAndIsReadOnlyOnReceipt() throws Exception {
        // Jakarta Messaging 3.1 §3.11.2 a received body is read-only
        TextMessage back = (TextMessage) Received.copyOf(new PetrelTextMessage("héllo"));
        assertThat(back.getText()).isEqualTo("héllo");
        assertThatThrownBy(() -> back.setText("x")).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void clearBodyMakesAReceivedTextWritableAndEmpty() throws Exception {
        // Jakarta Messaging 3.1 §3.11.2 clearBody leaves an empty, writable body
        TextMessage back = (TextMessage) Received.copyOf(new PetrelTextMessage("a"));
        back.clearBody();
        assertThat(back.getText()).isNull();
        back.setText("b");
        assertThat(back.getText()).isEqualTo("b");
    }

    @Test
    void textGetBodyReadsStringOrSupertypesOnly() throws Exception {
        // Message.getBody javadoc: a TextMessage body is assignable to String and its supertypes
        TextMessage m = new PetrelTextMessage("t");
        assertThat(m.getBody(String.class)).isEqualTo("t");
        assertThat(m.getBody(CharSequence.class)).isEqualTo("t");
        assertThat(m.isBodyAssignableTo(Object.class)).isTrue();
        assertThat(m.isBodyAssignableTo(Integer.class)).isFalse();
        assertThatThrownBy(() -> m.getBody(Integer.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void emptyBodiesReadAsNullForAnyType() throws Exception {
        // Message.getBody javadoc: a message without body returns null for any type
        for (Message m : List.of(new PetrelMessage(), new PetrelTextMessage(), new PetrelBytesMessage(),
                new PetrelMapMessage(), new PetrelObjectMessage())) {
            assertThat(m.getBody(Integer.class)).isNull();
            assertThat(m.isBodyAssignableTo(Integer.class)).isTrue();
        }
    }

    @Test
    void bytesMessageIsWriteOnlyUntilReset() {
        // Jakarta Messaging 3.1 §3.11.2 a new BytesMessage is write-only
        BytesMessage m = new PetrelBytesMessage();
        assertThatThrownBy(m::readByte).isInstanceOf(MessageNotReadableException.class);
        assertThatThrownBy(m::getBodyLength).isInstanceOf(MessageNotReadableException.class);
    }

    @Test
    void bytesMessageReadsBackEveryTypeInOrder() throws Exception {
        // BytesMessage javadoc: typed writes and reads in DataOutput format
        BytesMessage m = new PetrelBytesMessage();
        m.writeBoolean(true);
        m.writeChar('c');
        m.writeInt(42);
        m.writeLong(7L);
        m.writeDouble(1.5);
        m.writeUTF("utf");
        m.writeObject((short) 3);
        m.reset();
        assertThat(m.readBoolean()).isTrue();
        assertThat(m.readChar()).isEqualTo('c');
        assertThat(m.readInt()).isEqualTo(42);
        assertThat(m.readLong()).isEqualTo(7L);
        assertThat(m.readDouble()).isEqualTo(1.5);
        assertThat(m.readUTF()).isEqualTo("utf");
        assertThat(m.readShort()).isEqualTo((short) 3);
        assertThatThrownBy(m::readByte).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void bytesWriteObjectRefusesOtherTypes() {
        // BytesMessage.writeObject javadoc: MessageFormatException for a type it cannot write
        assertThatThrownBy(() -> new PetrelBytesMessage().writeObject(new Object()))
                .isInstanceOf(MessageFormatException.class);
    }

    @Test
    void mapMessageHoldsEveryTypeAndConverts() throws Exception {
        // Jakarta Messaging 3.1 §3.11.3 MapMessage conversions, same table as properties plus char and byte[]
        MapMessage m = new PetrelMapMessage();
        m.setInt("i", 5);
        m.setChar("c", 'x');
        m.setBytes("b", new byte[] {1, 2});
        m.setString("s", "12");
        assertThat(m.getLong("i")).isEqualTo(5L);
        assertThat(m.getString("i")).isEqualTo("5");
        assertThat(m.getChar("c")).isEqualTo('x');
        assertThat(m.getString("c")).isEqualTo("x");
        assertThat(m.getBytes("b")).containsExactly(1, 2);
        assertThat(m.getInt("s")).isEqualTo(12);
        assertThatThrownBy(() -> m.getChar("i")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> m.getBytes("i")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> m.getBoolean("i")).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void mapMessageTravelsWithItsTypes() throws Exception {
        // Jakarta Messaging 3.1 §3.11.3 map body keeps names, order and types
        MapMessage m = new PetrelMapMessage();
        m.setFloat("f", 1.5f);
        m.setShort("s", (short) 2);
        m.setObject("o", "str");
        MapMessage back = (MapMessage) Received.copyOf(m);
        assertThat(back.getObject("f")).isEqualTo(1.5f);
        assertThat(back.getObject("s")).isEqualTo((short) 2);
        assertThat(Collections.list(back.getMapNames())).containsExactly("f", "s", "o");
        assertThat(back.itemExists("o")).isTrue();
        assertThatThrownBy(() -> back.setInt("x", 1)).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void mapMessageRefusesNullOrEmptyNames() {
        // MapMessage.setInt javadoc: IllegalArgumentException if the name is null or empty
        assertThatThrownBy(() -> new PetrelMapMessage().setInt(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PetrelMapMessage().setInt("", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapMessageSetObjectRefusesOtherTypes() {
        // MapMessage.setObject javadoc: MessageFormatException if the object is invalid
        assertThatThrownBy(() -> new PetrelMapMessage().setObject("x", new BigDecimal("1")))
                .isInstanceOf(MessageFormatException.class);
    }

    @Test
    void mapMessageMissingEntryReadsAsNull() throws Exception {
        // Jakarta Messaging 3.1 §3.11.3 a missing map entry reads as null
        MapMessage m = new PetrelMapMessage();
        assertThat(m.getString("none")).isNull();
        assertThat(m.getObject("none")).isNull();
        assertThat(m.getBytes("none")).isNull();
        assertThatThrownBy(() -> m.getInt("none")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void mapGetBodyIsAMapCopy() throws Exception {
        // Message.getBody javadoc: a MapMessage body is a java.util.Map
        MapMessage m = new PetrelMapMessage();
        m.setInt("i", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = m.getBody(Map.class);
        assertThat(body).containsEntry("i", 1);
        assertThat(m.isBodyAssignableTo(Map.class)).isTrue();
        assertThat(m.isBodyAssignableTo(String.class)).isFalse();
        assertThatThrownBy(() -> m.getBody(String.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void mapClearBodyEmptiesIt() throws Exception {
        // Jakarta Messaging 3.1 §3.11.2 clearBody
        MapMessage back = (MapMessage) Received.copyOf(mapWith("a", 1));
        back.clearBody();
        assertThat(back.getMapNames().hasMoreElements()).isFalse();
        back.setInt("b", 2);
        assertThat(back.getInt("b")).isEqualTo(2);
    }

    private static MapMessage mapWith(String name, int value) throws Exception {
        MapMessage m = new PetrelMapMessage();
        m.setInt(name, value);
        return m;
    }

    @Test
    void streamMessageIsWriteOnlyUntilReset() throws Exception {
        // Jakarta Messaging 3.1 §3.11.2 a new StreamMessage is write-only, reset makes it read-only
        StreamMessage m = new PetrelStreamMessage();
        m.writeInt(1);
        assertThatThrownBy(m::readInt).isInstanceOf(MessageNotReadableException.class);
        m.reset();
        assertThat(m.readInt()).isEqualTo(1);
        assertThatThrownBy(() -> m.writeInt(2)).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void streamReadsConvertAndEndWithEof() throws Exception {
        // Jakarta Messaging 3.1 §3.11.3 StreamMessage conversions and MessageEOFException at the end
        StreamMessage m = new PetrelStreamMessage();
        m.writeShort((short) 4);
        m.writeString("8");
        m.writeChar('z');
        m.reset();
        assertThat(m.readLong()).isEqualTo(4L);
        assertThat(m.readInt()).isEqualTo(8);
        assertThat(m.readString()).isEqualTo("z");
        assertThatThrownBy(m::readObject).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void failedStreamReadDoesNotMoveThePosition() throws Exception {
        // StreamMessage javadoc: after MessageFormatException or NumberFormatException the value can be read again
        StreamMessage m = new PetrelStreamMessage();
        m.writeString("abc");
        m.reset();
        assertThatThrownBy(m::readInt).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(m::readChar).isInstanceOf(MessageFormatException.class);
        assertThat(m.readString()).isEqualTo("abc");
    }

    @Test
    void streamReadBytesReadsInPiecesThenMinusOne() throws Exception {
        // StreamMessage.readBytes javadoc: pieces, then -1 when the field is exhausted
        StreamMessage m = new PetrelStreamMessage();
        m.writeBytes(new byte[] {1, 2, 3});
        m.writeBytes(null);
        m.writeInt(5);
        m.reset();
        byte[] two = new byte[2];
        assertThat(m.readBytes(two)).isEqualTo(2);
        assertThat(two).containsExactly(1, 2);
        assertThat(m.readBytes(two)).isEqualTo(1);
        assertThat(two[0]).isEqualTo((byte) 3);
        assertThat(m.readBytes(two)).isEqualTo(-1);
        assertThat(m.readBytes(two)).isEqualTo(-1); // the null item
        assertThat(m.readInt()).isEqualTo(5);
    }

    @Test
    void partlyReadBytesFieldRefusesOtherReads() throws Exception {
        // StreamMessage.readObject javadoc: reading before the byte field is fully read is MessageFormatException
        StreamMessage m = new PetrelStreamMessage();
        m.writeBytes(new byte[] {1, 2, 3});
        m.reset();
        m.readBytes(new byte[1]);
        assertThatThrownBy(m::readObject).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void streamTravelsWithItsTypesAndIsReadOnlyOnReceipt() throws Exception {
        // Jakarta Messaging 3.1 §3.11.2 a received StreamMessage is read-only
        StreamMessage m = new PetrelStreamMessage();
        m.writeObject(1.25d);
        m.writeObject(new byte[] {9});
        m.writeBoolean(false);
        StreamMessage back = (StreamMessage) Received.copyOf(m);
        assertThat(back.readObject()).isEqualTo(1.25d);
        assertThat((byte[]) back.readObject()).containsExactly(9);
        assertThat(back.readBoolean()).isFalse();
        assertThatThrownBy(() -> back.writeInt(1)).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void streamWriteObjectRefusesOtherTypes() {
        // StreamMessage.writeObject javadoc: MessageFormatException if the object is invalid
        assertThatThrownBy(() -> new PetrelStreamMessage().writeObject(List.of()))
                .isInstanceOf(MessageFormatException.class);
    }

    @Test
    void streamGetBodyAlwaysFails() throws Exception {
        // Message.getBody javadoc: MessageFormatException for a StreamMessage; isBodyAssignableTo is false
        StreamMessage m = new PetrelStreamMessage();
        assertThatThrownBy(() -> m.getBody(Object.class)).isInstanceOf(MessageFormatException.class);
        assertThat(m.isBodyAssignableTo(Object.class)).isFalse();
    }

    @Test
    void streamClearBodyMakesItWritableAndEmpty() throws Exception {
        // Jakarta Messaging 3.1 §3.11.2 clearBody
        StreamMessage m = new PetrelStreamMessage();
        m.writeInt(1);
        m.reset();
        m.clearBody();
        m.writeInt(2);
        m.reset();
        assertThat(m.readInt()).isEqualTo(2);
    }

    @Test
    void objectMessageCopiesTheObjectWhenSet() throws Exception {
        // ObjectMessage.setObject javadoc: the object is serialized when set; later changes do not show
        ArrayList<String> list = new ArrayList<>(List.of("a"));
        ObjectMessage m = new PetrelObjectMessage();
        m.setObject(list);
        list.add("b");
        assertThat(m.getObject()).isEqualTo(List.of("a"));
    }

    @Test
    void objectMessageTravelsAndIsReadOnlyOnReceipt() throws Exception {
        // Jakarta Messaging 3.1 §3.11.2 a received ObjectMessage body is read-only
        ObjectMessage m = new PetrelObjectMessage();
        m.setObject(new BigDecimal("1.5"));
        ObjectMessage back = (ObjectMessage) Received.copyOf(m);
        assertThat(back.getObject()).isEqualTo(new BigDecimal("1.5"));
        assertThatThrownBy(() -> back.setObject("x")).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void objectGetBodyNeedsAnAssignableType() throws Exception {
        // Message.getBody javadoc: an ObjectMessage body is assignable to Serializable or the object's types
        ObjectMessage m = new PetrelObjectMessage();
        m.setObject(5);
        assertThat(m.getBody(Serializable.class)).isEqualTo(5);
        assertThat(m.getBody(Integer.class)).isEqualTo(5);
        assertThat(m.isBodyAssignableTo(String.class)).isFalse();
        assertThatThrownBy(() -> m.getBody(String.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void plainMessageBodyIsAlwaysNull() throws Exception {
        // Message.getBody javadoc: a plain Message returns null for any type
        Message m = new PetrelMessage();
        assertThat(m.getBody(String.class)).isNull();
        assertThat(m.isBodyAssignableTo(Map.class)).isTrue();
    }

    @Test
    void bytesGetBodyIsTheWholeBody() throws Exception {
        // Message.getBody javadoc: a BytesMessage body is a byte[]
        BytesMessage m = new PetrelBytesMessage();
        m.writeBytes(new byte[] {4, 5});
        assertThat(m.getBody(byte[].class)).containsExactly(4, 5);
        assertThat(m.isBodyAssignableTo(byte[].class)).isTrue();
        assertThat(m.isBodyAssignableTo(String.class)).isFalse();
    }
}
