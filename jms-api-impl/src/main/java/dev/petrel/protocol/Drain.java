package dev.petrel.protocol;

/**
 * Takes back a consumer's unused credit. The broker answers {@link Ok} after every delivery it made before
 * the drain, so a client that sees the {@code OK} has seen every message it will get for that credit: a pull
 * consumer's {@code receive(timeout)} ends with a drain.
 *
 * @param requestId  answered by {@link Ok}
 * @param consumerId the consumer
 */
public record Drain(int requestId, long consumerId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.DRAIN;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(consumerId);
    }

    static Drain read(int requestId, FrameReader r) {
        return new Drain(requestId, r.readLong("consumer id"));
    }
}
