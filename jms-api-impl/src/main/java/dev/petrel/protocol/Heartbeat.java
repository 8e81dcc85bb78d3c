package dev.petrel.protocol;

/** Sent by either side after a third of the heartbeat timeout without writing; it only proves liveness. */
public record Heartbeat() implements Frame {

    public static final Heartbeat INSTANCE = new Heartbeat();

    @Override
    public FrameType type() {
        return FrameType.HEARTBEAT;
    }

    @Override
    public void writeBody(FrameWriter w) {
        // no fields
    }
}
