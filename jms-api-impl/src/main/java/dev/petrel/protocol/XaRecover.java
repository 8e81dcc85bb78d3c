package dev.petrel.protocol;

/**
 * Asks for every prepared branch of the broker ({@code XAResource.recover}), those restored from the store
 * after a restart included.
 *
 * @param requestId answered by {@link XaResult} with code {@code XA_OK} and the branches' ids
 */
public record XaRecover(int requestId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.XA_RECOVER;
    }

    @Override
    public void writeBody(FrameWriter w) {
        // no fields
    }
}
