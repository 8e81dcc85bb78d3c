package dev.petrel.jms;

import dev.petrel.protocol.WireMessage.BodyKind;
import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.ObjectMessage;
import java.io.Serializable;

/**
 * A message whose body is one serializable object. The object is serialized when set, so later changes to it do
 * not change the message (ObjectMessage.setObject javadoc), and deserialized afresh on each read, with only the
 * classes {@link TrustedPackages} allows. Not thread-safe, like every message.
 */
public final class PetrelObjectMessage extends PetrelMessage implements ObjectMessage {

    private final TrustedPackages trusted;
    private byte[] serialized;

    /** A message that reads back only the JDK's value types; sessions pass their connection's policy. */
    public PetrelObjectMessage() {
        this(TrustedPackages.JDK_ONLY);
    }

    PetrelObjectMessage(TrustedPackages trusted) {
        this.trusted = trusted;
    }

    /** A received body: kept serialized until read. */
    PetrelObjectMessage(TrustedPackages trusted, byte[] body) {
        this.trusted = trusted;
        this.serialized = body;
    }

    @Override
    public void setObject(Serializable object) throws JMSException {
        checkBodyWritable();
        serialized = ObjectBodies.serialize(object);
    }

    @Override
    public Serializable getObject() throws JMSException {
        return ObjectBodies.deserialize(serialized, trusted);
    }

    @Override
    public void clearBody() throws JMSException {
        super.clearBody();
        serialized = null;
    }

    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        Serializable object = getObject();
        if (object == null) {
            return null;
        }
        if (!c.isInstance(object)) {
            throw new MessageFormatException("the ObjectMessage body is a " + object.getClass().getName()
                    + " and cannot be read as " + c.getName() + " (Message.getBody javadoc)");
        }
        return c.cast(object);
    }

    /** False also when deserialization fails (Message.isBodyAssignableTo javadoc). */
    @Override
    @SuppressWarnings("rawtypes") // the signature is the API's
    public boolean isBodyAssignableTo(Class c) {
        if (serialized == null) {
            return true;
        }
        try {
            return c.isInstance(getObject());
        } catch (JMSException e) {
            return false;
        }
    }

    @Override
    BodyKind bodyKind() {
        return BodyKind.OBJECT;
    }

    @Override
    byte[] bodyBytes() {
        return serialized == null ? null : serialized.clone();
    }
}
