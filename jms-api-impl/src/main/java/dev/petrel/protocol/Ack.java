package dev.petrel.protocol;

/**
 * Acknowledges the deliveries {@code firstDeliveryId} to {@code lastDeliveryId} (inclusive) of one consumer:
 * the broker forgets them. One frame covers a whole run of deliveries.
 *
 * @param requestId       0, or answered by {@link Ok} once the acknowledgement is applied
 * @param consumerId      the consumer
 * @param firstDeliveryId the first delivery acknowledged
 * @param lastDeliveryId  the last delivery acknowledged, not below the first
 */
public record Ack(int requestId, long consumerId, long firstDeliveryId, long lastDeliveryId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.ACK;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(consumerId).writeLong(firstDeliveryId).writeLong(lastDeliveryId);
    }

    static Ack read(int requestId, FrameReader r) {
        long consumerId = r.readLong("consumer id");
        long first = r.readLong("first delivery id");
        long last = r.readLong("last delivery id");
        if (first < 1 || last < first) {
            throw new MalformedFrameException("ack range " + first + ".." + last + " is empty or below 1");
        }
        return new Ack(requestId, consumerId, first, last);
    }
}
