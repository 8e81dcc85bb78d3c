package dev.petrel.selector;

import dev.petrel.protocol.MalformedFrameException;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The selector's view of a {@link WireMessage}: the six selector-visible headers from the message's fields
 * (Jakarta Messaging 3.1 §3.8.1.1), JMSXDeliveryCount from the delivery, and the properties decoded on first
 * use. Mutable (the decoded properties are cached): owned by the one thread that evaluates selectors for the
 * message, usually the destination's executor.
 */
final class WireMessageContext implements SelectorContext {

    private static final Logger LOG = LoggerFactory.getLogger(WireMessageContext.class);

    private final WireMessage message;
    private final int deliveryCount;
    private Map<String, Object> properties;
    private RuntimeException decodeFailure;

    WireMessageContext(WireMessage message, int deliveryCount) {
        this.message = message;
        this.deliveryCount = deliveryCount;
    }

    @Override
    public Object value(String identifier) {
        return identifier.startsWith("JMS") ? header(identifier) : property(identifier);
    }

    private Object header(String name) {
        switch (name) {
            case "JMSDeliveryMode":
                // §3.8.1.3: "treated as having the values 'PERSISTENT' and 'NON_PERSISTENT'"
                return message.persistent() ? "PERSISTENT" : "NON_PERSISTENT";
            case "JMSPriority":
                return message.priority();
            case "JMSMessageID":
                return message.messageId();
            case "JMSTimestamp":
                return message.timestamp();
            case "JMSCorrelationID":
                return correlationId();
            case "JMSType":
                return message.type();
            case "JMSXDeliveryCount":
                return deliveryCount > 0 ? Integer.valueOf(deliveryCount) : null;
            default:
                // §3.8.1.1: JMSX names are defined properties, JMS_ names provider properties; no other JMS
                // name is a property or a selector-visible header (the parser refuses them anyway).
                return name.startsWith("JMSX") || name.startsWith("JMS_") ? property(name) : null;
        }
    }

    /** The same string the client's getJMSCorrelationID() returns: a bytes id decoded as UTF-8. */
    private String correlationId() {
        if (message.correlationId() != null || message.correlationIdBytes() == null) {
            return message.correlationId();
        }
        return new String(message.correlationIdBytes(), StandardCharsets.UTF_8);
    }

    private Object property(String name) {
        if (properties == null) {
            decodeProperties();
        }
        return properties.get(name);
    }

    private void decodeProperties() {
        if (decodeFailure != null) {
            throw decodeFailure;
        }
        try {
            properties = TypedValues.decodeMap(message.properties());
        } catch (MalformedFrameException e) {
            decodeFailure = e;
            LOG.warn("message {} has properties that cannot be decoded; it matches no selector: {}",
                    message.messageId(), e.getMessage());
            throw e;
        }
    }
}
