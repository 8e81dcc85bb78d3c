package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Messages for destination tests. */
final class TestMessages {

    private TestMessages() {
    }

    static WireMessage text(DestinationRef to, String body, int priority, long expiration, long deliveryTime) {
        return new WireMessage("ID:" + body, to, false, priority, 0, expiration, deliveryTime, null, null, null, null,
                new byte[0], WireMessage.BodyKind.TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    static WireMessage text(DestinationRef to, String body) {
        return text(to, body, 4, 0, 0);
    }

    /** A text message with one string property. */
    static WireMessage withProperty(DestinationRef to, String body, String name, Object value) {
        return new WireMessage("ID:" + body, to, false, 4, 0, 0, 0, null, null, null, null,
                TypedValues.encodeMap(Map.of(name, value)), WireMessage.BodyKind.TEXT,
                body.getBytes(StandardCharsets.UTF_8));
    }

    static MessageOrigin from(String connectionId) {
        return new MessageOrigin(connectionId, null);
    }
}
