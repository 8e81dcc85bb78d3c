package dev.petrel.broker.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * One stored message: the encoded bytes the broker keeps, plus the headers recovery needs without decoding
 * them. Immutable; nobody may write to {@code encoded}.
 *
 * @param storeId      the store-wide id from {@link MessageStore#nextStoreId()}; also the order within a queue
 * @param destination  the destination it was sent to (for example {@code queue:orders}), for management
 * @param priority     JMSPriority, 0 to 9
 * @param expiration   JMSExpiration in epoch millis, 0 for never
 * @param deliveryTime JMSDeliveryTime in epoch millis: not delivered before it (scheduled delivery)
 * @param encoded      the message as the broker keeps it, opaque to the store
 */
public record StoredMessage(long storeId, String destination, int priority, long expiration, long deliveryTime,
        byte[] encoded) {

    public StoredMessage {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(encoded, "encoded");
        if (priority < 0 || priority > 9) {
            throw new IllegalArgumentException("priority must be 0 to 9, was " + priority);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredMessage m && storeId == m.storeId && priority == m.priority
                && expiration == m.expiration && deliveryTime == m.deliveryTime
                && destination.equals(m.destination) && Arrays.equals(encoded, m.encoded);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(storeId) * 31 + Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "StoredMessage[" + storeId + " to " + destination + ", " + encoded.length + " bytes]";
    }
}
