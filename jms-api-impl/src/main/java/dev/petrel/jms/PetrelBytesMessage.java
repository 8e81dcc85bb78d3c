package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;

import dev.petrel.protocol.WireMessage.BodyKind;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * A message whose body is a stream of bytes in {@link java.io.DataOutput} format. A new message is in
 * write-only mode; {@link #reset()} and receipt switch it to read-only mode; {@link #clearBody()} back to an
 * empty write-only body (BytesMessage javadoc, Jakarta Messaging 3.1 §3.11.2). Not thread-safe.
 */
public final class PetrelBytesMessage extends PetrelMessage implements BytesMessage {

    /** Reads one value from the body. */
    @FunctionalInterface
    private interface Read<T> {
        T from(DataInputStream in) throws IOException;
    }

    /** Writes one value to the body. */
    @FunctionalInterface
    private interface Write {
        void to(DataOutputStream out) throws IOException;
    }

    /**
     * A body being written. The bytes written into its buffer never change afterwards (more bytes go after them,
     * or into a bigger copy; {@link #clearBody} starts a new buffer), so a send shares the buffer as its snapshot
     * of the body instead of copying it.
     */
    private static final class BodyBuffer extends ByteArrayOutputStream {

        /** The buffer itself: its first {@link #size()} bytes are the body written so far. */
        byte[] array() {
            return buf;
        }
    }

    private static final byte[] EMPTY = new byte[0];

    /** Write mode: what has been written. Null in read mode. */
    private BodyBuffer written;
    private DataOutputStream out;
    /** Read mode: the whole body. Null in write mode. */
    private byte[] content;
    /** Read mode: the reader over it, made on the first read (most received bodies are read whole or not at all). */
    private DataInputStream in;

    public PetrelBytesMessage() {
        startWriting();
    }

    /** A received message's body, in read-only mode. */
    PetrelBytesMessage(byte[] body) {
        content = body == null ? EMPTY : body;
    }

    private void startWriting() {
        written = new BodyBuffer();
        out = new DataOutputStream(written);
        content = null;
        in = null;
    }

    @Override
    public void reset() {
        content = content != null ? content : written.toByteArray();
        in = null; // the next read starts at the beginning
        written = null;
        out = null;
    }

    @Override
    public void clearBody() throws JMSException {
        super.clearBody();
        startWriting();
    }

    @Override
    public long getBodyLength() throws JMSException {
        checkReadable();
        return content.length;
    }

    private void checkReadable() throws MessageNotReadableException {
        if (content == null) {
            throw new MessageNotReadableException("the body is in write-only mode: call reset() before reading "
                    + "(BytesMessage javadoc)");
        }
    }

    private <T> T read(Read<T> reader) throws JMSException {
        checkReadable();
        if (in == null) {
            in = new DataInputStream(new ByteArrayInputStream(content));
        }
        try {
            return reader.from(in);
        } catch (EOFException e) {
            MessageEOFException eof = new MessageEOFException("read past the end of the BytesMessage body");
            eof.setLinkedException(e);
            throw eof;
        } catch (IOException e) {
            throw JmsExceptions.wrap("cannot read the BytesMessage body: " + e.getMessage(), e);
        }
    }

    private void write(Write writer) throws JMSException {
        if (content != null) {
            throw new MessageNotWriteableException("the body is in read-only mode (after reset() or on receipt): "
                    + "call clearBody() to write a new one (BytesMessage javadoc)");
        }
        try {
            writer.to(out);
        } catch (IOException e) {
            throw JmsExceptions.wrap("cannot write the BytesMessage body: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean readBoolean() throws JMSException {
        return read(DataInputStream::readBoolean);
    }

    @Override
    public byte readByte() throws JMSException {
        return read(DataInputStream::readByte);
    }

    @Override
    public int readUnsignedByte() throws JMSException {
        return read(DataInputStream::readUnsignedByte);
    }

    @Override
    public short readShort() throws JMSException {
        return read(DataInputStream::readShort);
    }

    @Override
    public int readUnsignedShort() throws JMSException {
        return read(DataInputStream::readUnsignedShort);
    }

    @Override
    public char readChar() throws JMSException {
        return read(DataInputStream::readChar);
    }

    @Override
    public int readInt() throws JMSException {
        return read(DataInputStream::readInt);
    }

    @Override
    public long readLong() throws JMSException {
        return read(DataInputStream::readLong);
    }

    @Override
    public float readFloat() throws JMSException {
        return read(DataInputStream::readFloat);
    }

    @Override
    public double readDouble() throws JMSException {
        return read(DataInputStream::readDouble);
    }

    @Override
    public String readUTF() throws JMSException {
        return read(stream -> stream.readUTF());
    }

    @Override
    public int readBytes(byte[] value) throws JMSException {
        return readBytes(value, value.length);
    }

    @Override
    public int readBytes(byte[] value, int length) throws JMSException {
        if (length < 0 || length > value.length) {
            throw new IndexOutOfBoundsException("length " + length + " is outside 0.." + value.length);
        }
        return read(stream -> stream.read(value, 0, length));
    }

    @Override
    public void writeBoolean(boolean value) throws JMSException {
        write(stream -> stream.writeBoolean(value));
    }

    @Override
    public void writeByte(byte value) throws JMSException {
        write(stream -> stream.writeByte(value));
    }

    @Override
    public void writeShort(short value) throws JMSException {
        write(stream -> stream.writeShort(value));
    }

    @Override
    public void writeChar(char value) throws JMSException {
        write(stream -> stream.writeChar(value));
    }

    @Override
    public void writeInt(int value) throws JMSException {
        write(stream -> stream.writeInt(value));
    }

    @Override
    public void writeLong(long value) throws JMSException {
        write(stream -> stream.writeLong(value));
    }

    @Override
    public void writeFloat(float value) throws JMSException {
        write(stream -> stream.writeFloat(value));
    }

    @Override
    public void writeDouble(double value) throws JMSException {
        write(stream -> stream.writeDouble(value));
    }

    @Override
    public void writeUTF(String value) throws JMSException {
        write(stream -> stream.writeUTF(value));
    }

    @Override
    public void writeBytes(byte[] value) throws JMSException {
        write(stream -> stream.write(value));
    }

    @Override
    public void writeBytes(byte[] value, int offset, int length) throws JMSException {
        write(stream -> stream.write(value, offset, length));
    }

    @Override
    public void writeObject(Object value) throws JMSException {
        BytesObjectWriter.write(this, value);
    }

    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        byte[] body = content != null ? content.clone() : written.toByteArray();
        if (body.length == 0) {
            return null; // an empty body reads as null for any type (Message.getBody javadoc)
        }
        if (!c.isAssignableFrom(byte[].class)) {
            throw new MessageFormatException("a BytesMessage body is a byte[] and cannot be read as " + c.getName()
                    + " (Message.getBody javadoc)");
        }
        reset(); // "This method will reset the BytesMessage before and after use" (Message.getBody javadoc)
        return c.cast(body);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // the signature is the API's
    public boolean isBodyAssignableTo(Class c) {
        int length = content != null ? content.length : written.size();
        return length == 0 || c.isAssignableFrom(byte[].class);
    }

    @Override
    BodyKind bodyKind() {
        return BodyKind.BYTES;
    }

    /** The whole body, whatever the mode, shared: neither the received bytes nor the written ones change. */
    @Override
    byte[] bodyBytes() {
        return content != null ? content : written.array();
    }

    @Override
    int bodyLength(byte[] bytes) {
        return content != null ? content.length : written.size();
    }
}
