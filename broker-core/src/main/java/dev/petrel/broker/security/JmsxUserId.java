package dev.petrel.broker.security;

import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.util.Map;

/**
 * Writes the sender's user name into a message's {@code JMSXUserID} property, replacing whatever the sender
 * put there, so that receivers can trust it. This is the one place the broker re-encodes properties, and only
 * for brokers configured with {@code populateJmsxUserId}. Stateless.
 */
final class JmsxUserId {

    static final String PROPERTY = "JMSXUserID";

    private JmsxUserId() {
    }

    /**
     * The message with {@code JMSXUserID} set to {@code user}, or removed when {@code user} is null (anonymous).
     * The message itself when nothing changes.
     */
    static WireMessage stamp(WireMessage message, String user) {
        if (user == null && message.properties().length == 0) {
            return message;
        }
        Map<String, Object> properties = TypedValues.decodeMap(message.properties());
        if (user == null ? !properties.containsKey(PROPERTY) : user.equals(properties.get(PROPERTY))) {
            return message;
        }
        if (user == null) {
            properties.remove(PROPERTY);
        } else {
            properties.put(PROPERTY, user);
        }
        return new WireMessage(message.messageId(), message.destination(), message.persistent(),
                message.priority(), message.timestamp(), message.expiration(), message.deliveryTime(),
                message.correlationId(), message.correlationIdBytes(), message.replyTo(), message.type(),
                TypedValues.encodeMap(properties), message.bodyKind(), message.body());
    }
}
