package dev.petrel.jms;

import static dev.petrel.jms.Unchecked.call;
import static dev.petrel.jms.Unchecked.run;

import jakarta.jms.BytesMessage;
import jakarta.jms.CompletionListener;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * The simplified API's producer (JMSProducer javadoc): fluent send settings, message properties and headers
 * that every send applies to its message, and sends of a Message or of a bare body, synchronous or (after
 * {@link #setAsync}) asynchronous. Sends go through its context's one anonymous producer.
 *
 * <p>Threads: as its context's session; not thread-safe.
 */
final class PetrelJMSProducer implements JMSProducer {

    private final PetrelJMSContext context;
    private final MessageProperties properties = new MessageProperties();
    private SendOptions options = SendOptions.DEFAULT;
    private CompletionListener async;
    private CorrelationId correlationId;
    private String type;
    private Destination replyTo;

    PetrelJMSProducer(PetrelJMSContext context) {
        this.context = context;
    }

    @Override
    public JMSProducer send(Destination destination, Message message) {
        run(() -> {
            if (message == null) {
                throw new MessageFormatException("cannot send a null message (JMSProducer.send javadoc)");
            }
            apply(message);
            context.producer().sendWith(destination, message, options, async);
        });
        return this;
    }

    /** Sets this producer's properties and headers on the message, over what it had (JMSProducer javadoc). */
    private void apply(Message message) throws JMSException {
        for (String name : properties.nameView()) {
            message.setObjectProperty(name, properties.get(name));
        }
        byte[] correlationBytes = CorrelationId.bytes(correlationId);
        if (correlationBytes != null) {
            message.setJMSCorrelationIDAsBytes(correlationBytes);
        } else if (correlationId != null) {
            message.setJMSCorrelationID(correlationId.asString());
        }
        if (type != null) {
            message.setJMSType(type);
        }
        if (replyTo != null) {
            message.setJMSReplyTo(replyTo);
        }
    }

    @Override
    public JMSProducer send(Destination destination, String body) {
        return send(destination, context.createTextMessage(body));
    }

    @Override
    public JMSProducer send(Destination destination, Map<String, Object> body) {
        MapMessage message = context.createMapMessage();
        if (body != null) {
            run(() -> {
                for (Map.Entry<String, Object> e : body.entrySet()) {
                    message.setObject(e.getKey(), e.getValue());
                }
            });
        }
        return send(destination, message);
    }

    @Override
    public JMSProducer send(Destination destination, byte[] body) {
        BytesMessage message = context.createBytesMessage();
        if (body != null) {
            run(() -> message.writeBytes(body));
        }
        return send(destination, message);
    }

    @Override
    public JMSProducer send(Destination destination, Serializable body) {
        return send(destination, context.createObjectMessage(body));
    }

    @Override
    public JMSProducer setDisableMessageID(boolean value) {
        options = options.withDisableMessageId(value);
        return this;
    }

    @Override
    public boolean getDisableMessageID() {
        return options.disableMessageId();
    }

    @Override
    public JMSProducer setDisableMessageTimestamp(boolean value) {
        options = options.withDisableTimestamp(value);
        return this;
    }

    @Override
    public boolean getDisableMessageTimestamp() {
        return options.disableTimestamp();
    }

    @Override
    public JMSProducer setDeliveryMode(int deliveryMode) {
        run(() -> MessageSender.checkDeliveryMode(deliveryMode));
        options = options.with(deliveryMode, options.priority(), options.timeToLive());
        return this;
    }

    @Override
    public int getDeliveryMode() {
        return options.deliveryMode();
    }

    @Override
    public JMSProducer setPriority(int priority) {
        run(() -> MessageSender.checkPriority(priority));
        options = options.with(options.deliveryMode(), priority, options.timeToLive());
        return this;
    }

    @Override
    public int getPriority() {
        return options.priority();
    }

    @Override
    public JMSProducer setTimeToLive(long timeToLive) {
        options = options.with(options.deliveryMode(), options.priority(), timeToLive);
        return this;
    }

    @Override
    public long getTimeToLive() {
        return options.timeToLive();
    }

    @Override
    public JMSProducer setDeliveryDelay(long deliveryDelay) {
        options = options.withDeliveryDelay(deliveryDelay);
        return this;
    }

    @Override
    public long getDeliveryDelay() {
        return options.deliveryDelay();
    }

    @Override
    public JMSProducer setAsync(CompletionListener completionListener) {
        this.async = completionListener;
        return this;
    }

    @Override
    public CompletionListener getAsync() {
        return async;
    }

    @Override
    public JMSProducer setProperty(String name, boolean value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, byte value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, short value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, int value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, long value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, float value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, double value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, String value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, Object value) {
        return property(name, value);
    }

    private JMSProducer property(String name, Object value) {
        run(() -> properties.set(name, value));
        return this;
    }

    @Override
    public JMSProducer clearProperties() {
        properties.clear();
        return this;
    }

    @Override
    public boolean propertyExists(String name) {
        return call(() -> properties.exists(name));
    }

    @Override
    public boolean getBooleanProperty(String name) {
        return call(() -> PropertyConversions.toBoolean(name, properties.get(name)));
    }

    @Override
    public byte getByteProperty(String name) {
        return call(() -> PropertyConversions.toByte(name, properties.get(name)));
    }

    @Override
    public short getShortProperty(String name) {
        return call(() -> PropertyConversions.toShort(name, properties.get(name)));
    }

    @Override
    public int getIntProperty(String name) {
        return call(() -> PropertyConversions.toInt(name, properties.get(name)));
    }

    @Override
    public long getLongProperty(String name) {
        return call(() -> PropertyConversions.toLong(name, properties.get(name)));
    }

    @Override
    public float getFloatProperty(String name) {
        return call(() -> PropertyConversions.toFloat(name, properties.get(name)));
    }

    @Override
    public double getDoubleProperty(String name) {
        return call(() -> PropertyConversions.toDouble(name, properties.get(name)));
    }

    @Override
    public String getStringProperty(String name) {
        return call(() -> PropertyConversions.toText(name, properties.get(name)));
    }

    @Override
    public Object getObjectProperty(String name) {
        return call(() -> properties.get(name));
    }

    @Override
    public Set<String> getPropertyNames() {
        return call(properties::nameView);
    }

    @Override
    public JMSProducer setJMSCorrelationIDAsBytes(byte[] correlationID) {
        correlationId = CorrelationId.of(null, correlationID);
        return this;
    }

    @Override
    public byte[] getJMSCorrelationIDAsBytes() {
        return correlationId == null ? null : correlationId.asBytes();
    }

    @Override
    public JMSProducer setJMSCorrelationID(String correlationID) {
        correlationId = CorrelationId.of(correlationID, null);
        return this;
    }

    @Override
    public String getJMSCorrelationID() {
        return correlationId == null ? null : correlationId.asString();
    }

    @Override
    public JMSProducer setJMSType(String jmsType) {
        this.type = jmsType;
        return this;
    }

    @Override
    public String getJMSType() {
        return type;
    }

    @Override
    public JMSProducer setJMSReplyTo(Destination destination) {
        this.replyTo = destination;
        return this;
    }

    @Override
    public Destination getJMSReplyTo() {
        return replyTo;
    }
}
