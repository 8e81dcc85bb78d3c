package dev.petrel.jms.client;

import dev.petrel.protocol.DestinationRef;

/**
 * A live producer as the broker knows it.
 *
 * @param sessionId   its session
 * @param producerId  unique within the connection
 * @param destination its fixed destination, or null when each send names one
 */
public record ProducerInfo(long sessionId, long producerId, DestinationRef destination) {
}
