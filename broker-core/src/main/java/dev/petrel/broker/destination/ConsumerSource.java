package dev.petrel.broker.destination;

import java.util.List;

/**
 * What a {@link RemoteConsumer} takes its messages from: a queue's or subscription's {@link MessageQueue}, or a
 * {@link QueueBrowser}'s snapshot. Runs on the executor of the destination that owns both.
 */
interface ConsumerSource {

    /** The consumer got more credit: deliver what it may now take. */
    void onCreditAdded();

    /** Takes back deliveries of a consumer, in delivery order, and offers them to consumers again. */
    void onReturn(List<QueuedMessage> returned);
}
