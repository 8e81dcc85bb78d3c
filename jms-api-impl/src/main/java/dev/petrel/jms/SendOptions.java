package dev.petrel.jms;

/**
 * How one send stamps its message: the producer's settings, or the values passed to the send call.
 *
 * @param deliveryMode     {@link jakarta.jms.DeliveryMode}
 * @param priority         0 to 9
 * @param timeToLive       ms until the message expires, 0 for never
 * @param deliveryDelay    ms before the message may be delivered
 * @param disableMessageId leave JMSMessageID null
 * @param disableTimestamp leave JMSTimestamp 0
 */
record SendOptions(int deliveryMode, int priority, long timeToLive, long deliveryDelay, boolean disableMessageId,
        boolean disableTimestamp) {

    SendOptions with(int newDeliveryMode, int newPriority, long newTimeToLive) {
        return new SendOptions(newDeliveryMode, newPriority, newTimeToLive, deliveryDelay, disableMessageId,
                disableTimestamp);
    }
}
