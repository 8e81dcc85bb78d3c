package dev.petrel.jms;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;

/**
 * How one send stamps its message: the producer's settings, or the values passed to the send call. Immutable.
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

    /** A new producer's settings (MessageProducer javadoc defaults). */
    static final SendOptions DEFAULT = new SendOptions(DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY,
            Message.DEFAULT_TIME_TO_LIVE, Message.DEFAULT_DELIVERY_DELAY, false, false);

    SendOptions with(int newDeliveryMode, int newPriority, long newTimeToLive) {
        return new SendOptions(newDeliveryMode, newPriority, newTimeToLive, deliveryDelay, disableMessageId,
                disableTimestamp);
    }

    SendOptions withDeliveryDelay(long newDeliveryDelay) {
        return new SendOptions(deliveryMode, priority, timeToLive, newDeliveryDelay, disableMessageId,
                disableTimestamp);
    }

    SendOptions withDisableMessageId(boolean disable) {
        return new SendOptions(deliveryMode, priority, timeToLive, deliveryDelay, disable, disableTimestamp);
    }

    SendOptions withDisableTimestamp(boolean disable) {
        return new SendOptions(deliveryMode, priority, timeToLive, deliveryDelay, disableMessageId, disable);
    }
}
