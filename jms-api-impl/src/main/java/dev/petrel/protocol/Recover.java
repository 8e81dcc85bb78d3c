package dev.petrel.protocol;

/**
 * Takes back every unacknowledged delivery of a consumer and stops its deliveries: what
 * {@code Session.recover()} and a rollback need. Deliveries up to {@code lastDeliveredId} reached the
 * application and come back marked redelivered; later ones come back unmarked. The consumer's credit drops to
 * 0. The {@link Ok} arrives after every delivery made before the recover, so the client then drops what it
 * has buffered for the consumer and grants new credit; redeliveries follow.
 *
 * @param requestId       answered by {@link Ok}
 * @param consumerId      the consumer
 * @param lastDeliveredId the highest delivery id handed to the application, or 0 if none
 */
public record Recover(int requestId, long consumerId, long lastDeliveredId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.RECOVER;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(consumerId).writeLong(lastDeliveredId);
    }

    static Recover read(int requestId, FrameReader r) {
        return new Recover(requestId, r.readLong("consumer id"), r.readLong("last delivered id"));
    }
}
