package dev.petrel.protocol;

/**
 * The broker's answer to a successful {@link Hello}.
 *
 * @param requestId          the {@code HELLO}'s request id
 * @param version            the protocol version both sides use from now on
 * @param brokerName         the broker's configured name
 * @param connectionId       the id the broker gave this connection (unique within the broker)
 * @param heartbeatTimeoutMs the agreed silence after which either side calls the other dead (0 = never);
 *                           each side sends a heartbeat after a third of it without writing
 * @param maxFrameSize       the largest frame the broker accepts; the client refuses bigger messages itself
 */
public record HelloOk(int requestId, int version, String brokerName, String connectionId, int heartbeatTimeoutMs,
        int maxFrameSize) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.HELLO_OK;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeInt(version).writeString(brokerName).writeString(connectionId).writeInt(heartbeatTimeoutMs)
                .writeInt(maxFrameSize);
    }

    static HelloOk read(int requestId, FrameReader r) {
        return new HelloOk(requestId, r.readInt("version"), r.readRequiredString("broker name"),
                r.readRequiredString("connection id"), r.readInt("heartbeat timeout"), r.readInt("max frame size"));
    }
}
