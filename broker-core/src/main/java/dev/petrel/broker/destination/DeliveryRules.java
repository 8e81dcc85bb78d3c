package dev.petrel.broker.destination;

import dev.petrel.broker.config.DeliveryPolicy;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the {@link DeliveryPolicy} of one queue or subscription does with a message that came back after a
 * delivery (redeliver now, later, or dead-letter it) and with one that expired (move or drop it). A message
 * already dead-lettered once is dropped rather than dead-lettered again, so dead-letter queues never nest.
 * Owned by the executor of the destination that holds the queue; it keeps no state of its own.
 */
final class DeliveryRules {

    static final String DLQ_REASON = "PETREL_DLQ_REASON";
    static final String ORIGINAL_DESTINATION = "PETREL_ORIGINAL_DESTINATION";
    static final String ORIGINAL_SUBSCRIPTION = "PETREL_ORIGINAL_SUBSCRIPTION";
    static final String DELIVERY_COUNT = "PETREL_DELIVERY_COUNT";
    static final String EXPIRED_FROM = "PETREL_EXPIRED_FROM";
    static final String ORIGINAL_EXPIRATION = "PETREL_ORIGINAL_EXPIRATION";

    /** What {@link #onReturned} decided. */
    static final long GONE = -1;

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRules.class);

    private final DeliveryPolicy policy;
    private final DestinationRef destination;
    private final String subscription;
    private final DeadLetters deadLetters;

    /**
     * @param destination  the queue or topic
     * @param subscription the subscription's name on a topic, or null (a queue, a plain subscriber)
     */
    DeliveryRules(DeliveryPolicy policy, DestinationRef destination, String subscription, DeadLetters deadLetters) {
        this.policy = policy;
        this.destination = destination;
        this.subscription = subscription;
        this.deadLetters = deadLetters;
    }

    DeliveryPolicy policy() {
        return policy;
    }

    /**
     * Decides about a message that came back after {@code deliveries} deliveries reached the application: the
     * milliseconds it stays invisible (0: deliver again now), or {@link #GONE} when it was dead-lettered or
     * dropped; {@code onMoved} then runs once the dead-letter queue holds its copy.
     */
    long onReturned(WireMessage message, int deliveries, Runnable onMoved) {
        return onReturned(message, deliveries, List.of(), onMoved);
    }

    /**
     * Like {@link #onReturned(WireMessage, int, Runnable)}; {@code removals} take the original off its queue in
     * the store, in the same store list as the dead-letter copy (or on their own when it is dropped).
     */
    long onReturned(WireMessage message, int deliveries, List<StoreOp> removals, Runnable onMoved) {
        if (!policy.exhausted(deliveries)) {
            return policy.redeliveryDelayMillis(deliveries);
        }
        String reason = "max deliveries " + policy.maxDeliveries() + " reached";
        String target = policy.deadLetterQueueFor(destination.name());
        if (target == null || !movable(message) || deadAlready(message)) {
            LOG.debug("{}: dropping {} ({}; it is not dead-lettered)", destination, message.messageId(), reason);
            deadLetters.dropped(removals);
            onMoved.run();
            return GONE;
        }
        Map<String, Object> extra = origin(ORIGINAL_DESTINATION);
        extra.put(DLQ_REASON, reason);
        extra.put(DELIVERY_COUNT, deliveries);
        deadLetters.deadLetter(MessageCopies.copy(message, DestinationRef.queue(target), extra), removals, onMoved);
        return GONE;
    }

    /** Moves an expired message to the expiry queue, or drops it; {@code onMoved} runs once it is gone. */
    void onExpired(WireMessage message, Runnable onMoved) {
        onExpired(message, List.of(), onMoved);
    }

    /** Like {@link #onExpired(WireMessage, Runnable)}, with the original's store {@code removals} in the move. */
    void onExpired(WireMessage message, List<StoreOp> removals, Runnable onMoved) {
        String target = policy.expiryQueueFor(destination.name());
        if (target == null || !movable(message)) {
            deadLetters.dropped(removals);
            onMoved.run();
            return;
        }
        Map<String, Object> extra = origin(EXPIRED_FROM);
        extra.put(ORIGINAL_EXPIRATION, message.expiration());
        deadLetters.expire(MessageCopies.copy(message, DestinationRef.queue(target), extra), removals, onMoved);
    }

    /** Whether it came from a dead-letter queue already: it is not dead-lettered twice. */
    private static boolean deadAlready(WireMessage message) {
        return MessageGroups.contains(message.properties(), DLQ_REASON)
                && TypedValues.decodeMap(message.properties()).containsKey(DLQ_REASON);
    }

    private boolean movable(WireMessage message) {
        return message.persistent() || policy.deadLetterNonPersistent();
    }

    private Map<String, Object> origin(String property) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put(property, destination.toString());
        if (subscription != null) {
            extra.put(ORIGINAL_SUBSCRIPTION, subscription);
        }
        return extra;
    }
}
