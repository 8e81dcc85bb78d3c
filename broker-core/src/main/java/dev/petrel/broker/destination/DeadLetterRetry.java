package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@code dlq retry} reads a dead-lettered message: the queue it came from (its
 * {@code PETREL_ORIGINAL_DESTINATION}) and its properties without the broker's dead-letter ones, so that it
 * gets its full number of deliveries again. Messages dead-lettered from a topic subscription have no queue to go
 * back to and stay. Stateless.
 */
final class DeadLetterRetry {

    private static final String QUEUE_PREFIX = "queue://";
    private static final List<String> BROKER_PROPERTIES = List.of(DeliveryRules.DLQ_REASON,
            DeliveryRules.ORIGINAL_DESTINATION, DeliveryRules.ORIGINAL_SUBSCRIPTION, DeliveryRules.DELIVERY_COUNT,
            DeliveryRules.EXPIRED_FROM, DeliveryRules.ORIGINAL_EXPIRATION);

    private DeadLetterRetry() {
    }

    /** The queue {@code m} was dead-lettered from, or null when it came from a topic or carries no origin. */
    static DestinationRef originOf(WireMessage m) {
        Object origin = TypedValues.decodeMap(m.properties()).get(DeliveryRules.ORIGINAL_DESTINATION);
        if (origin instanceof String s && s.startsWith(QUEUE_PREFIX) && s.length() > QUEUE_PREFIX.length()) {
            return DestinationRef.queue(s.substring(QUEUE_PREFIX.length()));
        }
        return null;
    }

    /** Its properties without the ones the broker added when it dead-lettered it. */
    static Map<String, Object> cleanProperties(WireMessage m) {
        Map<String, Object> properties = new LinkedHashMap<>(TypedValues.decodeMap(m.properties()));
        BROKER_PROPERTIES.forEach(properties::remove);
        return properties;
    }
}
