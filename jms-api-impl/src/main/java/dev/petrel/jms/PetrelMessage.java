package dev.petrel.jms;

import dev.petrel.protocol.WireMessage.BodyKind;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageNotWriteableException;
import java.util.Enumeration;

/**
 * A message without a body, and the headers and properties every Petrel message has. The body types extend it
 * and override the body hooks. Headers are plain fields; the producer sets the ones §3.4 assigns to the
 * provider when it sends, and a received message gets them from the wire.
 *
 * <p>Not thread-safe: a message belongs to one session's thread at a time (Jakarta Messaging 3.1 §2.14).
 */
public class PetrelMessage implements Message {

    private String messageId;
    private long timestamp;
    private CorrelationId correlationId;
    private Destination replyTo;
    private Destination destination;
    private int deliveryMode = DeliveryMode.PERSISTENT;
    private boolean redelivered;
    private String type;
    private long expiration;
    private long deliveryTime;
    private int priority = Message.DEFAULT_PRIORITY;
    private MessageProperties properties = new MessageProperties();
    /** True for a received body until clearBody(): Jakarta Messaging 3.1 §3.11.2. */
    private boolean bodyReadOnly;

    /** The body's kind on the wire. */
    BodyKind bodyKind() {
        return BodyKind.NONE;
    }

    /** The body's bytes for the wire, or null for none. */
    byte[] bodyBytes() throws JMSException {
        return null;
    }

    /** Makes this a received message: properties and body read-only, delivery count known. */
    final void received(byte[] encodedProperties, int deliveryCount) {
        properties = new MessageProperties(encodedProperties, deliveryCount);
        redelivered = deliveryCount > 1;
        bodyReadOnly = true;
    }

    final byte[] encodedProperties() {
        return properties.encode();
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

    @Override
    public void acknowledge() throws JMSException {
        // AUTO_ACKNOWLEDGE, the one mode of this version, ignores this call (Message.acknowledge javadoc)
    }

    @Override
    public String getJMSMessageID() {
        return messageId;
    }

    @Override
    public void setJMSMessageID(String id) {
        this.messageId = id;
    }

    @Override
    public long getJMSTimestamp() {
        return timestamp;
    }

    @Override
    public void setJMSTimestamp(long timestamp) {
        this.timestamp = timestamp;
    }

    @Override
    public byte[] getJMSCorrelationIDAsBytes() {
        return correlationId == null ? null : correlationId.asBytes();
    }

    @Override
    public void setJMSCorrelationIDAsBytes(byte[] correlationID) {
        this.correlationId = CorrelationId.of(null, correlationID);
    }

    @Override
    public void setJMSCorrelationID(String correlationID) {
        this.correlationId = CorrelationId.of(correlationID, null);
    }

    @Override
    public String getJMSCorrelationID() {
        return correlationId == null ? null : correlationId.asString();
    }

    /** The correlation ID as set, for the wire; null when none. */
    final CorrelationId correlationId() {
        return correlationId;
    }

    @Override
    public Destination getJMSReplyTo() {
        return replyTo;
    }

    @Override
    public void setJMSReplyTo(Destination replyTo) {
        this.replyTo = replyTo;
    }

    @Override
    public Destination getJMSDestination() {
        return destination;
    }

    @Override
    public void setJMSDestination(Destination destination) {
        this.destination = destination;
    }

    @Override
    public int getJMSDeliveryMode() {
        return deliveryMode;
    }

    @Override
    public void setJMSDeliveryMode(int deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    @Override
    public boolean getJMSRedelivered() {
        return redelivered;
    }

    @Override
    public void setJMSRedelivered(boolean redelivered) {
        this.redelivered = redelivered;
    }

    @Override
    public String getJMSType() {
        return type;
    }

    @Override
    public void setJMSType(String type) {
        this.type = type;
    }

    @Override
    public long getJMSExpiration() {
        return expiration;
    }

    @Override
    public void setJMSExpiration(long expiration) {
        this.expiration = expiration;
    }

    @Override
    public long getJMSDeliveryTime() {
        return deliveryTime;
    }

    @Override
    public void setJMSDeliveryTime(long deliveryTime) {
        this.deliveryTime = deliveryTime;
    }

    @Override
    public int getJMSPriority() {
        return priority;
    }

    @Override
    public void setJMSPriority(int priority) {
        this.priority = priority;
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
