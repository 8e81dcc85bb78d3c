package dev.petrel.jms;

import dev.petrel.protocol.WireMessage.BodyKind;
import jakarta.jms.JMSException;
import jakarta.jms.MessageNotWriteableException;
import java.util.Enumeration;

/**
 * A message without a body, with the properties and acknowledgement every Petrel message has (headers are
 * {@link MessageHeaders}'). The body types extend it and override the body hooks.
 *
 * <p>Not thread-safe: a message belongs to one session's thread at a time (Jakarta Messaging 3.1 §2.14).
 */
public class PetrelMessage extends MessageHeaders {

    /** Acknowledges what the receiving session consumed; set on receipt, a no-op for a message never received. */
    @FunctionalInterface
    interface Acknowledger {
        void acknowledge() throws JMSException;
    }

    private static final Acknowledger NOT_RECEIVED = () -> { };

    private MessageProperties properties = new MessageProperties();
    /** True for a received body until clearBody(): Jakarta Messaging 3.1 §3.11.2. */
    private boolean bodyReadOnly;
    private Acknowledger acknowledger = NOT_RECEIVED;

    /** The body's kind on the wire. */
    BodyKind bodyKind() {
        return BodyKind.NONE;
    }

    /**
     * The body's bytes for the wire, or null for none: an array whose first {@link #bodyLength} bytes nobody
     * changes any more, so a send may keep it as its snapshot of the body.
     */
    byte[] bodyBytes() throws JMSException {
        return null;
    }

    /**
     * How many leading bytes of {@code bytes}, what {@link #bodyBytes} just returned, are the body (-1 for
     * null): all of them, but for a BytesMessage being written, which hands out its buffer with room to spare.
     */
    int bodyLength(byte[] bytes) {
        return bytes == null ? -1 : bytes.length;
    }

    /** Makes this a received message: properties and body read-only, delivery count known. */
    final void received(byte[] encodedProperties, int deliveryCount) {
        properties.received(encodedProperties, deliveryCount);
        setJMSRedelivered(deliveryCount > 1);
        bodyReadOnly = true;
    }

    /** What {@link #acknowledge()} does: set by the receiving session (CLIENT_ACKNOWLEDGE acks, others ignore). */
    final void acknowledgeWith(Acknowledger sessionAcknowledger) {
        this.acknowledger = sessionAcknowledger;
    }

    final byte[] encodedProperties() {
        return properties.encode();
    }

    final boolean isBodyReadOnly() {
        return bodyReadOnly;
    }

    final void checkBodyWritable() throws MessageNotWriteableException {
        if (bodyReadOnly) {
            throw new MessageNotWriteableException("the body of a received message is read-only; call "
                    + "clearBody() first to write a new one (Jakarta Messaging 3.1 §3.11.2)");
        }
    }

    @Override
    public void clearBody() throws JMSException {
        bodyReadOnly = false;
    }

    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        return null; // no body reads as null for any type (Message.getBody javadoc)
    }

    @Override
    @SuppressWarnings("rawtypes") // the signature is the API's
    public boolean isBodyAssignableTo(Class c) throws JMSException {
        return true;
    }

    /**
     * In CLIENT_ACKNOWLEDGE mode acknowledges every message the session consumed so far; in the other modes it
     * is ignored; on a message of a closed session it throws IllegalStateException (Message.acknowledge javadoc).
     */
    @Override
    public void acknowledge() throws JMSException {
        acknowledger.acknowledge();
    }

    @Override
    public void clearProperties() {
        properties.clear();
    }

    @Override
    public boolean propertyExists(String name) throws JMSException {
        return properties.exists(name);
    }

    @Override
    public boolean getBooleanProperty(String name) throws JMSException {
        return PropertyConversions.toBoolean(name, properties.get(name));
    }

    @Override
    public byte getByteProperty(String name) throws JMSException {
        return PropertyConversions.toByte(name, properties.get(name));
    }

    @Override
    public short getShortProperty(String name) throws JMSException {
        return PropertyConversions.toShort(name, properties.get(name));
    }

    @Override
    public int getIntProperty(String name) throws JMSException {
        return PropertyConversions.toInt(name, properties.get(name));
    }

    @Override
    public long getLongProperty(String name) throws JMSException {
        return PropertyConversions.toLong(name, properties.get(name));
    }

    @Override
    public float getFloatProperty(String name) throws JMSException {
        return PropertyConversions.toFloat(name, properties.get(name));
    }

    @Override
    public double getDoubleProperty(String name) throws JMSException {
        return PropertyConversions.toDouble(name, properties.get(name));
    }

    @Override
    public String getStringProperty(String name) throws JMSException {
        return PropertyConversions.toText(name, properties.get(name));
    }

    @Override
    public Object getObjectProperty(String name) throws JMSException {
        return properties.get(name);
    }

    @Override
    public Enumeration<String> getPropertyNames() throws JMSException {
        return properties.names();
    }

    @Override
    public void setBooleanProperty(String name, boolean value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setByteProperty(String name, byte value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setShortProperty(String name, short value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setIntProperty(String name, int value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setLongProperty(String name, long value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setFloatProperty(String name, float value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setDoubleProperty(String name, double value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setStringProperty(String name, String value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setObjectProperty(String name, Object value) throws JMSException {
        properties.set(name, value);
    }
}
