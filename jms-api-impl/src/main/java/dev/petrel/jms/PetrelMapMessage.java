package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage.BodyKind;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.MessageFormatException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message whose body is a set of name-value pairs of primitive types, String and byte[], read with the
 * conversions of Jakarta Messaging 3.1 §3.11.3 (MapMessage javadoc). Read-only on receipt until
 * {@link #clearBody()}. Not thread-safe, like every message.
 */
public final class PetrelMapMessage extends PetrelMessage implements MapMessage {

    private Map<String, Object> map = new LinkedHashMap<>();

    public PetrelMapMessage() {
    }

    /** A received message's body, read-only once {@link #received} is called. */
    PetrelMapMessage(byte[] body) throws JMSException {
        try {
            map = TypedValues.decodeMap(body);
        } catch (RuntimeException e) {
            throw JmsExceptions.wrap("the MapMessage body cannot be decoded: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean getBoolean(String name) throws JMSException {
        return PropertyConversions.toBoolean(name, map.get(name));
    }

    @Override
    public byte getByte(String name) throws JMSException {
        return PropertyConversions.toByte(name, map.get(name));
    }

    @Override
    public short getShort(String name) throws JMSException {
        return PropertyConversions.toShort(name, map.get(name));
    }

    @Override
    public char getChar(String name) throws JMSException {
        return PropertyConversions.toChar(name, map.get(name));
    }

    @Override
    public int getInt(String name) throws JMSException {
        return PropertyConversions.toInt(name, map.get(name));
    }

    @Override
    public long getLong(String name) throws JMSException {
        return PropertyConversions.toLong(name, map.get(name));
    }

    @Override
    public float getFloat(String name) throws JMSException {
        return PropertyConversions.toFloat(name, map.get(name));
    }

    @Override
    public double getDouble(String name) throws JMSException {
        return PropertyConversions.toDouble(name, map.get(name));
    }

    @Override
    public String getString(String name) throws JMSException {
        return PropertyConversions.toText(name, map.get(name));
    }

    /** A copy of the bytes: the message keeps its own (MapMessage javadoc). */
    @Override
    public byte[] getBytes(String name) throws JMSException {
        byte[] bytes = PropertyConversions.toBytes(name, map.get(name));
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public Object getObject(String name) throws JMSException {
        Object value = map.get(name);
        return value instanceof byte[] bytes ? bytes.clone() : value;
    }

    @Override
    public Enumeration<String> getMapNames() throws JMSException {
        return Collections.enumeration(map.keySet());
    }

    @Override
    public boolean itemExists(String name) throws JMSException {
        return map.containsKey(name);
    }

    @Override
    public void setBoolean(String name, boolean value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setByte(String name, byte value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setShort(String name, short value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setChar(String name, char value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setInt(String name, int value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setLong(String name, long value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setFloat(String name, float value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setDouble(String name, double value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setString(String name, String value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setBytes(String name, byte[] value) throws JMSException {
        put(name, value == null ? null : value.clone());
    }

    @Override
    public void setBytes(String name, byte[] value, int offset, int length) throws JMSException {
        byte[] copy = new byte[length];
        System.arraycopy(value, offset, copy, 0, length);
        put(name, copy);
    }

    /** Takes the boxed primitives, String and byte[] only (MapMessage.setObject javadoc). */
    @Override
    public void setObject(String name, Object value) throws JMSException {
        if (value != null && !PropertyConversions.isBodyValueType(value)) {
            throw new MessageFormatException("a MapMessage cannot hold a " + value.getClass().getName() + " under '"
                    + name + "': use a boxed primitive, String or byte[] (MapMessage.setObject javadoc)");
        }
        put(name, value instanceof byte[] bytes ? bytes.clone() : value);
    }

    private void put(String name, Object value) throws JMSException {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a MapMessage entry name must not be null or empty");
        }
        checkBodyWritable();
        map.put(name, value);
    }

    @Override
    public void clearBody() throws JMSException {
        super.clearBody();
        map = new LinkedHashMap<>();
    }

    /** The body as a new Map (Message.getBody javadoc: Map.class or Object.class); an empty body reads as null. */
    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        if (map.isEmpty()) {
            return null;
        }
        if (!c.isAssignableFrom(Map.class)) {
            throw new MessageFormatException("a MapMessage body is a java.util.Map and cannot be read as "
                    + c.getName() + " (Message.getBody javadoc)");
        }
        return c.cast(new LinkedHashMap<>(map));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // the signature is the API's
    public boolean isBodyAssignableTo(Class c) {
        return map.isEmpty() || c.isAssignableFrom(Map.class);
    }

    @Override
    BodyKind bodyKind() {
        return BodyKind.MAP;
    }

    @Override
    byte[] bodyBytes() {
        return map.isEmpty() ? null : TypedValues.encodeMap(map);
    }
}
