package dev.petrel.broker.server;

/**
 * What the protocol configuration says about every connection.
 *
 * @param brokerName         told to clients in the handshake
 * @param brokerId           the broker's identity, told to clients in the handshake (see {@code BrokerIdentity})
 * @param maxFrameSize       the largest frame accepted
 * @param heartbeatTimeoutMs the broker's wish for the heartbeat timeout, 0 for none
 * @param handshakeTimeoutMs how long a new connection may take to send {@code HELLO}
 */
record ConnectionLimits(String brokerName, String brokerId, int maxFrameSize, int heartbeatTimeoutMs, int handshakeTimeoutMs) {

    /** The smaller of two non-zero timeouts; a side that wants none (0) leaves the choice to the other. */
    int agreeHeartbeat(int clientTimeoutMs) {
        if (clientTimeoutMs <= 0) {
            return heartbeatTimeoutMs;
        }
        return heartbeatTimeoutMs <= 0 ? clientTimeoutMs : Math.min(clientTimeoutMs, heartbeatTimeoutMs);
    }
}
