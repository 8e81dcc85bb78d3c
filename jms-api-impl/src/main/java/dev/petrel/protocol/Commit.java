package dev.petrel.protocol;

/**
 * Commits a transacted session's current transaction: its sends become visible and its acknowledgements
 * take effect, all at once. A new transaction starts at once.
 *
 * @param requestId answered by {@link Ok}, or {@link ErrorCode#TRANSACTION_ROLLED_BACK} when the broker had
 *                  to roll it back instead
 * @param sessionId the transacted session
 */
public record Commit(int requestId, long sessionId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.COMMIT;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(sessionId);
    }

    static Commit read(int requestId, FrameReader r) {
        return new Commit(requestId, r.readLong("session id"));
    }
}
