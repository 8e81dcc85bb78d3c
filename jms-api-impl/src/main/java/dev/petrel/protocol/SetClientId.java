package dev.petrel.protocol;

/**
 * Sets the connection's JMS client ID after the handshake ({@code Connection.setClientID}). The broker
 * refuses an ID that another connection holds.
 *
 * @param requestId answered by {@link Ok} or {@link ErrorCode#INVALID_CLIENT_ID}
 * @param clientId  the client ID
 */
public record SetClientId(int requestId, String clientId) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.SET_CLIENT_ID;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeString(clientId);
    }

    static SetClientId read(int requestId, FrameReader r) {
        return new SetClientId(requestId, r.readRequiredString("client id"));
    }
}
