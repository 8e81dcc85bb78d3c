package dev.petrel.protocol;

/**
 * Rolls back a transacted session's current transaction: its sends are discarded and its acknowledgements
 * forgotten. The messages it consumed are still in flight to its consumers; the client takes them back with
 * {@link Recover}. A new transaction starts at once.
 *
 * @param requestId answered by {@link Ok}
 * @param sessionId the transacted session
 */
public record Rollback(int requestId, long sessionId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.ROLLBACK;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(sessionId);
    }

    static Rollback read(int requestId, FrameReader r) {
        return new Rollback(requestId, r.readLong("session id"));
    }
}
