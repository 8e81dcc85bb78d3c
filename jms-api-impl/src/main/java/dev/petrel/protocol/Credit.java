package dev.petrel.protocol;

/**
 * Gives a consumer room for {@code credit} more deliveries.
 *
 * @param consumerId the consumer
 * @param credit     how many more messages the broker may deliver, at least 1
 */
public record Credit(long consumerId, int credit) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.CREDIT;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(consumerId).writeInt(credit);
    }

    static Credit read(int requestId, FrameReader r) {
        long consumerId = r.readLong("consumer id");
        int credit = r.readInt("credit");
        if (credit < 1) {
            throw new MalformedFrameException("credit must be 1 or more, was " + credit);
        }
        return new Credit(consumerId, credit);
    }
}
