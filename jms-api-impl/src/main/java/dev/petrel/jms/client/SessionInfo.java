package dev.petrel.jms.client;

/**
 * A live session as the broker knows it.
 *
 * @param sessionId unique within the connection
 * @param ackMode   the JMS acknowledge mode's number (0 transacted, 1 auto, 2 client, 3 dups-ok)
 */
public record SessionInfo(long sessionId, int ackMode) {
}
