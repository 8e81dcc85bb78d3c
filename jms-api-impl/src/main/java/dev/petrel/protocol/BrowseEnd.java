package dev.petrel.protocol;

/**
 * Tells a browser that it has seen every message of its snapshot. Sent by the broker after the last
 * delivery to a consumer of kind {@link CreateConsumer.ConsumerKind#BROWSER}.
 *
 * @param consumerId the browser
 */
public record BrowseEnd(long consumerId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.BROWSE_END;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(consumerId);
    }

    static BrowseEnd read(int requestId, FrameReader r) {
        return new BrowseEnd(r.readLong("consumer id"));
    }
}
