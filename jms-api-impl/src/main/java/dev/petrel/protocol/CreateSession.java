package dev.petrel.protocol;

/**
 * Opens a session on the connection.
 *
 * @param requestId answered by {@link Ok}
 * @param sessionId chosen by the client, unique within the connection
 * @param ackMode   the JMS acknowledge mode's number: 0 transacted, 1 auto, 2 client, 3 dups-ok
 */
public record CreateSession(int requestId, long sessionId, int ackMode) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.CREATE_SESSION;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(sessionId).writeByte(ackMode);
    }

    static CreateSession read(int requestId, FrameReader r) {
        long sessionId = r.readLong("session id");
        byte ackMode = r.readByte("ack mode");
        if (ackMode < 0 || ackMode > 3) {
            throw new MalformedFrameException("ack mode must be 0 to 3, was " + ackMode);
        }
        return new CreateSession(requestId, sessionId, ackMode);
    }
}
