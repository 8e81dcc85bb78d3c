package dev.petrel.selector;

import dev.petrel.protocol.WireMessage;

/**
 * The values a selector's identifiers stand for in one message (Jakarta Messaging 3.1 §3.8.1.1).
 *
 * <p>Values are boxed Java values of the property types: {@code String}, {@code Boolean}, {@code Byte},
 * {@code Short}, {@code Integer}, {@code Long}, {@code Float}, {@code Double}. A value of any other type is
 * like no type the selector knows: it compares unequal-and-not-unequal (false) with everything and is no
 * number in arithmetic.
 */
@FunctionalInterface
public interface SelectorContext {

    /**
     * The value of a header (only the selector-visible JMS headers) or property; null when absent.
     *
     * @param identifier the identifier exactly as written in the selector (identifiers are case-sensitive)
     */
    Object value(String identifier);

    /**
     * A context over a wire message, decoding its properties lazily, only when first asked, and at most once.
     *
     * <p>Headers: {@code JMSDeliveryMode} is {@code "PERSISTENT"} or {@code "NON_PERSISTENT"} (§3.8.1.3),
     * {@code JMSPriority} an {@code Integer}, {@code JMSMessageID} a {@code String} or null,
     * {@code JMSTimestamp} a {@code Long} (0 when the producer disabled timestamps), {@code JMSCorrelationID}
     * the string the client's {@code getJMSCorrelationID()} returns (bytes decoded as UTF-8) or null,
     * {@code JMSType} a {@code String} or null. {@code JMSXDeliveryCount} is {@code deliveryCount} when it is
     * positive, otherwise null. Any other name starting with {@code JMS} but not {@code JMSX} or {@code JMS_}
     * is null; every other name is looked up in the message's properties.
     *
     * <p>Not thread-safe: use one context on one thread (the destination's executor); reuse it for all the
     * consumers a message is matched against, so the properties are decoded once.
     *
     * @param deliveryCount the JMSXDeliveryCount the message would be delivered with (1 on first delivery)
     */
    static SelectorContext of(WireMessage message, int deliveryCount) {
        return new WireMessageContext(message, deliveryCount);
    }
}
