package dev.petrel.protocol;

/**
 * Closes a session with its producers and consumers; their unacknowledged deliveries return to their
 * destinations.
 *
 * @param requestId answered by {@link Ok}
 * @param sessionId the session
 */
public record CloseSession(int requestId, long sessionId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.CLOSE_SESSION;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(sessionId);
    }

    static CloseSession read(int requestId, FrameReader r) {
        return new CloseSession(requestId, r.readLong("session id"));
    }
}
