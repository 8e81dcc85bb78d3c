package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;

import dev.petrel.protocol.TypedValues;
import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties of one message. A received message keeps the encoded bytes and decodes them only when a
 * property is first read, and an untouched one is sent on with the same bytes. JMSXDeliveryCount is set by
 * the provider on receipt and kept apart, so it never travels back to the broker.
 *
 * <p>Not thread-safe: a message belongs to one session's thread at a time (Jakarta Messaging 3.1 §2.14).
 */
final class MessageProperties {

    static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    /** Words of the selector language that a property name must not be, in any case (§3.8.1.1). */
    private static final List<String> RESERVED = List.of("NULL", "TRUE", "FALSE", "NOT", "AND", "OR", "BETWEEN",
            "LIKE", "IN", "IS", "ESCAPE");

    /** The encoded form as received, until the map is decoded from it. */
    private byte[] encoded;
    private Map<String, Object> map;
    private boolean readOnly;
    private int deliveryCount;

    /** Empty, writable properties of a new message; the map is made when the first one is set. */
    MessageProperties() {
    }

    /** Makes these the read-only properties of a received message. */
    void received(byte[] encodedProperties, int count) {
        this.encoded = encodedProperties;
        this.map = null;
        this.deliveryCount = count;
        this.readOnly = true;
    }

    Object get(String name) throws JMSException {
        if (DELIVERY_COUNT.equals(name) && deliveryCount > 0) {
            return deliveryCount;
        }
        return map().get(name);
    }

    boolean exists(String name) throws JMSException {
        return (DELIVERY_COUNT.equals(name) && deliveryCount > 0) || map().containsKey(name);
    }

    Enumeration<String> names() throws JMSException {
        List<String> names = new ArrayList<>(map().keySet());
        if (deliveryCount > 0) {
            names.add(DELIVERY_COUNT);
        }
        return Collections.enumeration(names);
    }

    /** The names as a read-only view that follows later changes (JMSProducer.getPropertyNames javadoc). */
    Set<String> nameView() throws JMSException {
        return Collections.unmodifiableSet(map().keySet());
    }

    /** Sets a property after checking the name (§3.5.1), the value's type (§3.5.4) and writability. */
    void set(String name, Object value) throws JMSException {
        checkName(name);
        if (value != null && !PropertyConversions.isPropertyType(value)) {
            throw new MessageFormatException("property '" + name + "' cannot hold a " + value.getClass().getName()
                    + ": use Boolean, Byte, Short, Integer, Long, Float, Double or String (Jakarta Messaging 3.1 "
                    + "§3.5.4)");
        }
        checkGroupProperty(name, value);
        if (readOnly) {
            throw new MessageNotWriteableException("the properties of a received message are read-only; call "
                    + "clearProperties() first to set new ones (Jakarta Messaging 3.1 §3.10)");
        }
        map().put(name, value);
    }

    /** JMSXGroupID is a String, JMSXGroupSeq an int (Jakarta Messaging 3.1 §3.5.9, table 3-3). */
    private static void checkGroupProperty(String name, Object value) throws MessageFormatException {
        if (("JMSXGroupID".equals(name) && value != null && !(value instanceof String))
                || ("JMSXGroupSeq".equals(name) && value != null && !(value instanceof Integer))) {
            throw new MessageFormatException(name + " must be " + ("JMSXGroupID".equals(name) ? "a String" : "an int")
                    + " (Jakarta Messaging 3.1 §3.5.9)");
        }
    }

    /** Empties the properties and makes them writable (Jakarta Messaging 3.1 §3.10). */
    void clear() {
        encoded = null;
        map = new LinkedHashMap<>();
        deliveryCount = 0;
        readOnly = false;
    }

    /** The encoded form to send: the received bytes themselves if nobody decoded them. */
    byte[] encode() {
        return map == null ? encoded : TypedValues.encodeMap(map);
    }

    private Map<String, Object> map() throws JMSException {
        if (map == null) {
            try {
                map = TypedValues.decodeMap(encoded);
            } catch (RuntimeException e) {
                throw JmsExceptions.wrap("the message's properties cannot be decoded: " + e.getMessage(), e);
            }
            encoded = null;
        }
        return map;
    }

    /** Compared word by word rather than upper-cased: that would cost a new string per property set. */
    private static boolean isReserved(String name) {
        for (String word : RESERVED) {
            if (word.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a property name must not be null or empty");
        }
        boolean identifier = Character.isJavaIdentifierStart(name.charAt(0));
        for (int i = 1; identifier && i < name.length(); i++) {
            identifier = Character.isJavaIdentifierPart(name.charAt(i));
        }
        if (!identifier || isReserved(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid property name: it must be a Java "
                    + "identifier and not a selector keyword (Jakarta Messaging 3.1 §3.5.1)");
        }
    }
}
