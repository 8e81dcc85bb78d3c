package dev.petrel.broker.management;

import dev.petrel.broker.destination.BrowsedMessage;
import java.beans.ConstructorProperties;
import java.util.List;

/**
 * A browsed message as an MXBean returns it (a CompositeData to JMX clients; the constructor lets an MXBean proxy
 * rebuild it). Immutable.
 */
public final class MessageView {

    private final String messageId;
    private final int priority;
    private final long timestamp;
    private final boolean persistent;
    private final long expiration;
    private final List<String> properties;
    private final String bodyKind;
    private final int bodySize;
    private final String bodyPreview;

    @ConstructorProperties({"messageId", "priority", "timestamp", "persistent", "expiration", "properties",
        "bodyKind", "bodySize", "bodyPreview"})
    public MessageView(String messageId, int priority, long timestamp, boolean persistent, long expiration,
            List<String> properties, String bodyKind, int bodySize, String bodyPreview) {
        this.messageId = messageId;
        this.priority = priority;
        this.timestamp = timestamp;
        this.persistent = persistent;
        this.expiration = expiration;
        this.properties = List.copyOf(properties);
        this.bodyKind = bodyKind;
        this.bodySize = bodySize;
        this.bodyPreview = bodyPreview;
    }

    static MessageView of(BrowsedMessage m) {
        return new MessageView(m.messageId(), m.priority(), m.timestamp(), m.persistent(), m.expiration(),
                m.properties().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(), m.bodyKind(),
                m.bodySize(), m.bodyPreview());
    }

    public String getMessageId() {
        return messageId;
    }

    public int getPriority() {
        return priority;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public boolean isPersistent() {
        return persistent;
    }

    public long getExpiration() {
        return expiration;
    }

    /** {@code name=value}, sorted by name. */
    public List<String> getProperties() {
        return properties;
    }

    public String getBodyKind() {
        return bodyKind;
    }

    public int getBodySize() {
        return bodySize;
    }

    public String getBodyPreview() {
        return bodyPreview;
    }
}
