package dev.petrel.protocol;

/**
 * Closes a consumer. Its deliveries not yet acknowledged return to the destination; those with an id up to
 * {@code lastDeliveredId} reached the application and come back marked redelivered, the rest (prefetched,
 * never seen) come back as they were.
 *
 * @param requestId       answered by {@link Ok}
 * @param consumerId      the consumer
 * @param lastDeliveredId the highest delivery id handed to the application, or 0 if none
 */
public record CloseConsumer(int requestId, long consumerId, long lastDeliveredId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.CLOSE_CONSUMER;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(consumerId).writeLong(lastDeliveredId);
    }

    static CloseConsumer read(int requestId, FrameReader r) {
        return new CloseConsumer(requestId, r.readLong("consumer id"), r.readLong("last delivered id"));
    }
}
