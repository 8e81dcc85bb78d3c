package dev.petrel.protocol;

/**
 * Creates a temporary queue or topic owned by this connection: only the connection may consume from it, and
 * it is deleted when the connection closes. The client names it uniquely by prefixing its connection id.
 *
 * @param requestId   answered by {@link Ok}
 * @param destination the temporary destination
 */
public record CreateDestination(int requestId, DestinationRef destination) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.CREATE_DESTINATION;
    }

    @Override
    public void writeBody(FrameWriter w) {
        DestinationRef.write(w, destination);
    }

    static CreateDestination read(int requestId, FrameReader r) {
        DestinationRef destination = DestinationRef.read(r, "destination");
        if (destination == null) {
            throw new MalformedFrameException("CREATE_DESTINATION has no destination");
        }
        return new CreateDestination(requestId, destination);
    }
}
