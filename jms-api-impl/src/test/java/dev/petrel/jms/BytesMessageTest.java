package dev.petrel.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DestinationRef;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.Test;

class BytesMessageTest {

    @Test
    void everyTypedValueReadsBackAfterReset() throws JMSException {
        // BytesMessage javadoc: DataOutput format, reset() switches to read-only mode at the start
        BytesMessage m = new PetrelBytesMessage();
        m.writeBoolean(true);
        m.writeByte((byte) -2);
        m.writeShort((short) -3);
        m.writeChar('c');
        m.writeInt(4);
        m.writeLong(5L);
        m.writeFloat(6.5f);
        m.writeDouble(7.25);
        m.writeUTF("ü");
        m.writeBytes(new byte[] {1, 2, 3}, 1, 2);
        m.reset();
        assertThat(m.readBoolean()).isTrue();
        assertThat(m.readUnsignedByte()).isEqualTo(254);
        assertThat(m.readShort()).isEqualTo((short) -3);
        assertThat(m.readChar()).isEqualTo('c');
        assertThat(m.readInt()).isEqualTo(4);
        assertThat(m.readLong()).isEqualTo(5L);
        assertThat(m.readFloat()).isEqualTo(6.5f);
        assertThat(m.readDouble()).isEqualTo(7.25);
        assertThat(m.readUTF()).isEqualTo("ü");
        byte[] rest = new byte[5];
        assertThat(m.readBytes(rest)).isEqualTo(2);
        assertThat(rest).startsWith(2, 3);
        assertThat(m.readBytes(rest)).isEqualTo(-1);
    }

    @Test
    void writeOnlyModeRefusesReadsAndReadOnlyModeRefusesWrites() throws JMSException {
        // Jakarta Messaging 3.1 §3.11.2 and the BytesMessage javadoc: read-only and write-only modes
        BytesMessage m = new PetrelBytesMessage();
        m.writeInt(1);
        assertThatThrownBy(m::readInt).isInstanceOf(MessageNotReadableException.class);
        assertThatThrownBy(m::getBodyLength).isInstanceOf(MessageNotReadableException.class);
        m.reset();
        assertThat(m.getBodyLength()).isEqualTo(4);
        assertThatThrownBy(() -> m.writeInt(2)).isInstanceOf(MessageNotWriteableException.class);
        m.clearBody();
        m.writeInt(2);
        m.reset();
        assertThat(m.readInt()).isEqualTo(2);
    }

    @Test
    void readingPastTheEndThrowsMessageEofException() throws JMSException {
        // BytesMessage javadoc: MessageEOFException for an unexpected end of the stream
        BytesMessage m = new PetrelBytesMessage();
        m.writeShort((short) 1);
        m.reset();
        assertThatThrownBy(m::readInt).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void writeObjectTakesWrappersStringsAndBytesOnly() throws JMSException {
        // BytesMessage.writeObject javadoc
        BytesMessage m = new PetrelBytesMessage();
        m.writeObject(9L);
        m.writeObject("s");
        assertThatThrownBy(() -> m.writeObject(new Object())).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> m.writeObject(null)).isInstanceOf(NullPointerException.class);
        m.reset();
        assertThat(m.readLong()).isEqualTo(9L);
        assertThat(m.readUTF()).isEqualTo("s");
    }

    @Test
    void receivedBodyIsReadOnlyFromTheStartAndGetBodyGivesTheBytes() throws JMSException {
        // Jakarta Messaging 3.1 §3.11.2: a received body is read-only; Message.getBody for byte[]
        PetrelBytesMessage sent = new PetrelBytesMessage();
        sent.writeBytes(new byte[] {10, 20});
        BytesMessage m = (BytesMessage) WireMessages.fromDelivery(new Deliver(1, 1, 1,
                WireMessages.toWire(sent, DestinationRef.queue("q"))), TrustedPackages.JDK_ONLY);
        assertThat(m.getBodyLength()).isEqualTo(2);
        assertThat(m.getBody(byte[].class)).containsExactly(10, 20);
        assertThatThrownBy(() -> m.getBody(String.class)).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> m.writeByte((byte) 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThat(m.readByte()).isEqualTo((byte) 10);
    }

    @Test
    void emptyBodyReadsAsNullForAnyType() throws JMSException {
        // Message.getBody javadoc: a message without body returns null
        assertThat(new PetrelBytesMessage().getBody(String.class)).isNull();
        assertThat(new PetrelBytesMessage().isBodyAssignableTo(String.class)).isTrue();
    }
}
