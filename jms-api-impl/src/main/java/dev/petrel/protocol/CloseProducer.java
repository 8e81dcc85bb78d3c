package dev.petrel.protocol;

/**
 * Unregisters a producer.
 *
 * @param requestId  answered by {@link Ok}
 * @param producerId the producer
 */
public record CloseProducer(int requestId, long producerId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.CLOSE_PRODUCER;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(producerId);
    }

    static CloseProducer read(int requestId, FrameReader r) {
        return new CloseProducer(requestId, r.readLong("producer id"));
    }
}
