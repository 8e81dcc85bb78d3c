package dev.petrel.protocol;

/**
 * The success answer to any request that has nothing else to say: for a {@link Send}, the receipt that the
 * broker holds the message (for a persistent one: that it is durable).
 *
 * @param requestId the request's id
 */
public record Ok(int requestId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.OK;
    }

    @Override
    public void writeBody(FrameWriter w) {
        // no fields
    }
}
