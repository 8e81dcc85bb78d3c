package dev.petrel.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;

/**
 * {@code BytesMessage.writeObject}: writes a boxed primitive, String or byte[] with the matching typed write
 * (BytesMessage javadoc). Kept apart so the same dispatch serves any {@link BytesMessage}.
 */
final class BytesObjectWriter {

    private BytesObjectWriter() {
    }

    static void write(BytesMessage message, Object value) throws JMSException {
        if (value == null) {
            throw new NullPointerException("BytesMessage.writeObject cannot write null (BytesMessage javadoc)");
        } else if (value instanceof Boolean v) {
            message.writeBoolean(v);
        } else if (value instanceof Byte v) {
            message.writeByte(v);
        } else if (value instanceof Short v) {
            message.writeShort(v);
        } else if (value instanceof Character v) {
            message.writeChar(v);
        } else if (value instanceof Integer v) {
            message.writeInt(v);
        } else if (value instanceof Long v) {
            message.writeLong(v);
        } else if (value instanceof Float v) {
            message.writeFloat(v);
        } else if (value instanceof Double v) {
            message.writeDouble(v);
        } else if (value instanceof String v) {
            message.writeUTF(v);
        } else if (value instanceof byte[] v) {
            message.writeBytes(v);
        } else {
            throw new MessageFormatException("BytesMessage.writeObject cannot write a " + value.getClass().getName()
                    + ": use a boxed primitive, String or byte[]");
        }
    }
}
