package dev.petrel.broker.destination;

import dev.petrel.protocol.WireMessage;

/**
 * One message waiting in (or delivered from) one queue or subscription. The {@link WireMessage} is shared
 * by every subscription a topic message went to; the delivery count is this copy's own. Owned by the
 * destination's executor.
 */
final class QueuedMessage {

    final WireMessage message;
    /** The connection that sent it, for no-local subscriptions. */
    final String senderConnectionId;
    private int deliveryCount;

    QueuedMessage(WireMessage message, String senderConnectionId) {
        this.message = message;
        this.senderConnectionId = senderConnectionId;
    }

    /** JMSXDeliveryCount for the next delivery: one more than the deliveries the application saw. */
    int nextDeliveryCount() {
        return deliveryCount + 1;
    }

    /** Records that a delivery reached the application (it counts toward JMSXDeliveryCount). */
    void markDelivered() {
        deliveryCount++;
    }
}
