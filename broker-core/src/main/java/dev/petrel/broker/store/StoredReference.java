package dev.petrel.broker.store;

/**
 * One message held by one queue or subscription, as a page of recovery reads it: enough to order, expire,
 * schedule and flag it without loading its body.
 *
 * @param storeId           the message, and its place in the queue's order
 * @param deliveryCount     deliveries recorded by {@link StoreOp.UpdateDeliveryCount}
 * @param possiblyDelivered at or below the queue's "dispatched up to" mark: it may have reached a consumer
 *                          before the broker stopped, so it must go out with JMSRedelivered set
 * @param priority          JMSPriority
 * @param expiration        JMSExpiration in epoch millis, 0 for never
 * @param deliveryTime      JMSDeliveryTime in epoch millis
 */
public record StoredReference(long storeId, int deliveryCount, boolean possiblyDelivered, int priority,
        long expiration, long deliveryTime) {

    /**
     * The deliveries to assume before the next one: the recorded count, and at least one when the message may
     * have been delivered. The next delivery then carries this plus one (so at least 2) and JMSRedelivered.
     */
    public int recoveredDeliveryCount() {
        return possiblyDelivered ? Math.max(1, deliveryCount) : deliveryCount;
    }
}
