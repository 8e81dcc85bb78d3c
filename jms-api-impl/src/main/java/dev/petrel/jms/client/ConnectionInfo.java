package dev.petrel.jms.client;

/**
 * What the handshake told the client about the broker and the connection.
 *
 * @param brokerName         the broker's configured name
 * @param connectionId       the broker's id for this connection
 * @param protocolVersion    the agreed protocol version
 * @param heartbeatTimeoutMs the agreed heartbeat timeout, 0 for none
 * @param maxFrameSize       the largest frame the broker accepts: a bigger message is refused before sending
 * @param brokerId           the broker's identity, stable across its restarts (its name for a version 1 broker)
 */
public record ConnectionInfo(String brokerName, String connectionId, int protocolVersion, int heartbeatTimeoutMs,
        int maxFrameSize, String brokerId) {
}
