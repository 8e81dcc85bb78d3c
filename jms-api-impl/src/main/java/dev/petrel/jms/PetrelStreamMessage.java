package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.protocol.WireMessage.BodyKind;
import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.StreamMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A message whose body is a sequence of typed values, read back in order with the conversions of Jakarta
 * Messaging 3.1 §3.11.3. Write-only when new, read-only after {@link #reset()} or on receipt (StreamMessage
 * javadoc). A read that fails with MessageFormatException or NumberFormatException leaves the position where it
 * was, so the value can be read again as another type. Not thread-safe, like every message.
 */
public final class PetrelStreamMessage extends PetrelMessage implements StreamMessage {

    /** Converts one stored item to the type a read asks for. */
    @FunctionalInterface
    private interface Conversion<T> {
        T convert(String name, Object value) throws JMSException;
    }

    private List<Object> items = new ArrayList<>();
    private boolean reading;
    private int position;
    /** How far into the current byte[] item {@link #readBytes(byte[])} has read; -1 when not inside one. */
    private int bytesRead = -1;

    public PetrelStreamMessage() {
    }

    /** A received message's body, in read-only mode. */
    PetrelStreamMessage(byte[] body) throws JMSException {
        try {
            items = StreamBody.decode(body);
        } catch (RuntimeException e) {
            throw JmsExceptions.wrap("the StreamMessage body cannot be decoded: " + e.getMessage(), e);
        }
        reading = true;
    }

    private <T> T read(Conversion<T> conversion) throws JMSException {
        checkReadable();
        if (bytesRead >= 0) {
            throw new MessageFormatException("the current byte[] item is only partly read: finish it with "
                    + "readBytes first (StreamMessage javadoc)");
        }
        if (position >= items.size()) {
            throw new MessageEOFException("read past the end of the StreamMessage body");
        }
        T value = conversion.convert("stream item " + position, items.get(position));
        position++; // only after a successful conversion (StreamMessage javadoc)
        return value;
    }

    private void checkReadable() throws MessageNotReadableException {
        if (!reading) {
            throw new MessageNotReadableException("the body is in write-only mode: call reset() before reading "
                    + "(StreamMessage javadoc)");
        }
    }

    @Override
    public boolean readBoolean() throws JMSException {
        return read(PropertyConversions::toBoolean);
    }

    @Override
    public byte readByte() throws JMSException {
        return read(PropertyConversions::toByte);
    }

    @Override
    public short readShort() throws JMSException {
        return read(PropertyConversions::toShort);
    }

    @Override
    public char readChar() throws JMSException {
        return read(PropertyConversions::toChar);
    }

    @Override
    public int readInt() throws JMSException {
        return read(PropertyConversions::toInt);
    }

    @Override
    public long readLong() throws JMSException {
        return read(PropertyConversions::toLong);
    }

    @Override
    public float readFloat() throws JMSException {
        return read(PropertyConversions::toFloat);
    }

    @Override
    public double readDouble() throws JMSException {
        return read(PropertyConversions::toDouble);
    }

    @Override
    public String readString() throws JMSException {
        return read(PropertyConversions::toText);
    }

    /**
     * Reads a byte[] item in pieces: each call fills {@code value} from where the last stopped; the call after
     * the last piece returns -1 and moves on; a null item returns -1 at once (StreamMessage.readBytes javadoc).
     */
    @Override
    public int readBytes(byte[] value) throws JMSException {
        checkReadable();
        if (position >= items.size()) {
            throw new MessageEOFException("read past the end of the StreamMessage body");
        }
        byte[] item = PropertyConversions.toBytes("stream item " + position, items.get(position));
        if (item == null || bytesRead == item.length) {
            position++;
            bytesRead = -1;
            return -1;
        }
        int from = Math.max(0, bytesRead);
        int n = Math.min(value.length, item.length - from);
        System.arraycopy(item, from, value, 0, n);
        bytesRead = from + n;
        return n;
    }

    @Override
    public Object readObject() throws JMSException {
        return read((name, value) -> value instanceof byte[] bytes ? bytes.clone() : value);
    }

    private void write(Object value) throws MessageNotWriteableException {
        if (reading) {
            throw new MessageNotWriteableException("the body is in read-only mode (after reset() or on receipt): "
                    + "call clearBody() to write a new one (StreamMessage javadoc)");
        }
        items.add(value);
    }

    @Override
    public void writeBoolean(boolean value) throws JMSException {
        write(value);
    }

    @Override
    public void writeByte(byte value) throws JMSException {
        write(value);
    }

    @Override
    public void writeShort(short value) throws JMSException {
        write(value);
    }

    @Override
    public void writeChar(char value) throws JMSException {
        write(value);
    }

    @Override
    public void writeInt(int value) throws JMSException {
        write(value);
    }

    @Override
    public void writeLong(long value) throws JMSException {
        write(value);
    }

    @Override
    public void writeFloat(float value) throws JMSException {
        write(value);
    }

    @Override
    public void writeDouble(double value) throws JMSException {
        write(value);
    }

    @Override
    public void writeString(String value) throws JMSException {
        write(value);
    }

    @Override
    public void writeBytes(byte[] value) throws JMSException {
        write(value == null ? null : value.clone());
    }

    @Override
    public void writeBytes(byte[] value, int offset, int length) throws JMSException {
        byte[] copy = new byte[length];
        System.arraycopy(value, offset, copy, 0, length);
        write(copy);
    }

    @Override
    public void writeObject(Object value) throws JMSException {
        if (value != null && !PropertyConversions.isBodyValueType(value)) {
            throw new MessageFormatException("a StreamMessage cannot hold a " + value.getClass().getName()
                    + ": use a boxed primitive, String or byte[] (StreamMessage.writeObject javadoc)");
        }
        write(value instanceof byte[] bytes ? bytes.clone() : value);
    }

    @Override
    public void reset() {
        reading = true;
        position = 0;
        bytesRead = -1;
    }

    @Override
    public void clearBody() throws JMSException {
        super.clearBody();
        items = new ArrayList<>();
        reading = false;
        position = 0;
        bytesRead = -1;
    }

    /** A stream body can never be read with getBody (Message.getBody javadoc). */
    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        throw new MessageFormatException("the body of a StreamMessage cannot be read with getBody: read its items "
                + "with readObject and the typed reads (Message.getBody javadoc)");
    }

    @Override
    @SuppressWarnings("rawtypes") // the signature is the API's
    public boolean isBodyAssignableTo(Class c) {
        return false; // always, for a StreamMessage (Message.isBodyAssignableTo javadoc)
    }

    @Override
    BodyKind bodyKind() {
        return BodyKind.STREAM;
    }

    @Override
    byte[] bodyBytes() {
        return items.isEmpty() ? null : StreamBody.encode(items);
    }
}
