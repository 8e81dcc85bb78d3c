package dev.petrel.protocol;

/**
 * The client's orderly goodbye: the broker releases everything the connection held, answers {@link Ok} and
 * closes the socket.
 *
 * @param requestId echoed by the {@code OK}
 */
public record Close(int requestId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.CLOSE;
    }

    @Override
    public void writeBody(FrameWriter w) {
        // no fields
    }
}
