package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.util.Map;

/** Messages the broker makes itself: copies of a message with extra properties, for dead-letter and expiry. */
final class MessageCopies {

    private MessageCopies() {
    }

    /**
     * A copy of {@code original} addressed to {@code to}, visible at once and never expiring, with
     * {@code extra} added to (or replacing) its properties; id, body and the other headers are kept.
     */
    static WireMessage copy(WireMessage original, DestinationRef to, Map<String, ?> extra) {
        Map<String, Object> properties = TypedValues.decodeMap(original.properties());
        properties.putAll(extra);
        return new WireMessage(original.messageId(), to, original.persistent(), original.priority(),
                original.timestamp(), 0, 0, original.correlationId(), original.correlationIdBytes(),
                original.replyTo(), original.type(), TypedValues.encodeMap(properties), original.bodyKind(),
                original.body());
    }
}
