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
 * @param brokerId           (version 2) the broker's identity: the same across restarts of one broker on its
 *                           data, different between brokers even of one name; {@code XAResource.isSameRM}
 *                           compares it. A version 1 broker sends none, and its name stands in.
 */
public record HelloOk(int requestId, int version, String brokerName, String connectionId, int heartbeatTimeoutMs,
        int maxFrameSize, String brokerId) implements Frame {

    /** The first version whose {@code HELLO_OK} carries the broker id. */
    static final int BROKER_ID_VERSION = 2;

    @Override
    public FrameType type() {
        return FrameType.HELLO_OK;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeInt(version).writeString(brokerName).writeString(connectionId).writeInt(heartbeatTimeoutMs)
                .writeInt(maxFrameSize);
        if (version >= BROKER_ID_VERSION) {
            w.writeString(brokerId);
        }
    }

    /**
     * Gated by the version this frame agrees, not the reader's: the client reads it before it knows which version
     * the broker speaks.
     */
    static HelloOk read(int requestId, FrameReader r) {
        int version = r.readInt("version");
        String brokerName = r.readRequiredString("broker name");
        String connectionId = r.readRequiredString("connection id");
        int heartbeatTimeoutMs = r.readInt("heartbeat timeout");
        int maxFrameSize = r.readInt("max frame size");
        String brokerId = version >= BROKER_ID_VERSION ? r.readRequiredString("broker id") : brokerName;
        return new HelloOk(requestId, version, brokerName, connectionId, heartbeatTimeoutMs, maxFrameSize, brokerId);
    }
}
