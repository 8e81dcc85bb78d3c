package dev.petrel.jms.client;

import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.DestinationRef;

/**
 * A live consumer as the broker knows it.
 *
 * @param sessionId        its session
 * @param consumerId       unique within the connection
 * @param destination      the queue or topic
 * @param selector         the message selector, or null
 * @param noLocal          for topics: skip messages published on this connection
 * @param prefetch         initial credit; 0 = the consumer pulls
 * @param kind             plain, durable, shared, shared durable, or a queue browser
 * @param subscriptionName name of a durable or shared subscription, else null
 */
public record ConsumerInfo(long sessionId, long consumerId, DestinationRef destination, String selector,
        boolean noLocal, int prefetch, ConsumerKind kind, String subscriptionName) {
}
