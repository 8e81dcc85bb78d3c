package dev.petrel.broker.destination;

import dev.petrel.protocol.WireMessage;
import dev.petrel.selector.SelectorContext;

/**
 * One message waiting in (or delivered from) one queue or subscription. The {@link WireMessage} is shared
 * by every subscription a topic message went to; the delivery count is this copy's own. Owned by the
 * destination's executor.
 */
final class QueuedMessage {

    final WireMessage message;
    /** Who sent it, for no-local subscriptions. */
    final MessageOrigin origin;
    /** Its id in the store when this queue's copy is stored there (a reference to it), else 0. */
    final long storeId;
    private int deliveryCount;
    /** Set when a delivery reached the application since it last came back: its return goes through the rules. */
    private boolean seen;
    /** What selectors see, made on first use and shared by every consumer it is matched against. */
    private SelectorContext context;

    QueuedMessage(WireMessage message, MessageOrigin origin) {
        this(message, origin, 0, 0);
    }

    /**
     * @param storeId       the store id when this copy is referenced in the store, else 0
     * @param deliveryCount deliveries that already reached an application (recovered from the store)
     */
    QueuedMessage(WireMessage message, MessageOrigin origin, long storeId, int deliveryCount) {
        this.message = message;
        this.origin = origin;
        this.storeId = storeId;
        this.deliveryCount = deliveryCount;
    }

    boolean stored() {
        return storeId != 0;
    }

    /** Deliveries that reached an application so far: what the store records. */
    int deliveryCount() {
        return deliveryCount;
    }

    /** JMSXDeliveryCount for the next delivery: one more than the deliveries the application saw. */
    int nextDeliveryCount() {
        return deliveryCount + 1;
    }

    /** Records that a delivery reached the application (it counts toward JMSXDeliveryCount). */
    void markDelivered() {
        deliveryCount++;
        seen = true;
        context = null;
    }

    /** Whether the application saw it since it last came back (then forgets it): only prefetched when false. */
    boolean takeSeen() {
        boolean was = seen;
        seen = false;
        return was;
    }

    /** The message as selectors see it, JMSXDeliveryCount being the next delivery's. */
    SelectorContext context() {
        if (context == null) {
            context = SelectorContext.of(message, nextDeliveryCount());
        }
        return context;
    }

    /** True when its JMSExpiration is set and not after {@code now}: it must never be delivered. */
    boolean expiredAt(long now) {
        long expiration = message.expiration();
        return expiration != 0 && expiration <= now;
    }
}
