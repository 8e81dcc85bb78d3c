package dev.petrel.broker.destination;

import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * One waiting message as management shows it: headers, properties and the start of its body. Immutable.
 *
 * @param messageId   JMSMessageID (null when the producer disabled ids)
 * @param priority    JMSPriority
 * @param timestamp   JMSTimestamp, epoch millis
 * @param persistent  JMSDeliveryMode is PERSISTENT
 * @param expiration  JMSExpiration, epoch millis, 0 for never
 * @param properties  the message properties, sorted by name, values as text
 * @param bodyKind    TEXT, BYTES, MAP, STREAM, OBJECT or NONE
 * @param bodySize    the body's size in bytes
 * @param bodyPreview a text body's first {@link #PREVIEW} characters, or a description of other bodies
 */
public record BrowsedMessage(String messageId, int priority, long timestamp, boolean persistent, long expiration,
        Map<String, String> properties, String bodyKind, int bodySize, String bodyPreview) {

    /** Characters of a text body shown at most. */
    public static final int PREVIEW = 200;

    static BrowsedMessage of(WireMessage m) {
        Map<String, String> properties = new TreeMap<>();
        TypedValues.decodeMap(m.properties()).forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return new BrowsedMessage(m.messageId(), m.priority(), m.timestamp(), m.persistent(), m.expiration(),
                Map.copyOf(properties), m.bodyKind().name(), m.body().length, preview(m));
    }

    private static String preview(WireMessage m) {
        return switch (m.bodyKind()) {
            case NONE -> "";
            case TEXT -> {
                String text = new String(m.body(), StandardCharsets.UTF_8);
                yield text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…";
            }
            case MAP -> TypedValues.decodeMap(m.body()).toString();
            default -> "(" + m.body().length + " bytes of " + m.bodyKind() + ")";
        };
    }
}
