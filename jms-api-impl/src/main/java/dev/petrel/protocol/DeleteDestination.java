package dev.petrel.protocol;

/**
 * Deletes a temporary destination of this connection.
 *
 * @param requestId   answered by {@link Ok}, or {@link ErrorCode#ILLEGAL_STATE} while it has consumers
 * @param destination the temporary destination
 */
public record DeleteDestination(int requestId, DestinationRef destination) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.DELETE_DESTINATION;
    }

    @Override
    public void writeBody(FrameWriter w) {
        DestinationRef.write(w, destination);
    }

    static DeleteDestination read(int requestId, FrameReader r) {
        DestinationRef destination = DestinationRef.read(r, "destination");
        if (destination == null) {
            throw new MalformedFrameException("DELETE_DESTINATION has no destination");
        }
        return new DeleteDestination(requestId, destination);
    }
}
