package dev.petrel.protocol;

/**
 * Registers a producer, so the broker can check its destination once instead of on every send.
 *
 * @param requestId   answered by {@link Ok} or an {@code INVALID_DESTINATION} error
 * @param sessionId   its session
 * @param producerId  chosen by the client, unique within the connection
 * @param destination its fixed destination, or null for a producer that names one per send
 */
public record CreateProducer(int requestId, long sessionId, long producerId, DestinationRef destination)
        implements Frame {

    @Override
    public FrameType type() {
        return FrameType.CREATE_PRODUCER;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(sessionId).writeLong(producerId);
        DestinationRef.write(w, destination);
    }

    static CreateProducer read(int requestId, FrameReader r) {
        return new CreateProducer(requestId, r.readLong("session id"), r.readLong("producer id"),
                DestinationRef.read(r, "producer destination"));
    }
}
