package dev.petrel.protocol;

/**
 * The first frame a client sends: who it is and which protocol version it speaks.
 *
 * @param requestId          echoed by {@link HelloOk} or {@link ErrorFrame}
 * @param version            the newest protocol version the client speaks
 * @param clientId           the JMS client ID set administratively, or null
 * @param username           the user to authenticate, or null for anonymous
 * @param password           the password, or null; never logged
 * @param heartbeatTimeoutMs how long the client lets the connection stay silent before it calls it dead (0 = never)
 */
public record Hello(int requestId, int version, String clientId, String username, String password,
        int heartbeatTimeoutMs) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.HELLO;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeInt(ProtocolVersion.MAGIC).writeInt(version).writeString(clientId).writeString(username)
                .writeString(password).writeInt(heartbeatTimeoutMs);
    }

    static Hello read(int requestId, FrameReader r) {
        int magic = r.readInt("magic");
        if (magic != ProtocolVersion.MAGIC) {
            throw new MalformedFrameException("not a Petrel client: HELLO magic is 0x" + Integer.toHexString(magic));
        }
        return new Hello(requestId, r.readInt("version"), r.readString("client id"), r.readString("username"),
                r.readString("password"), r.readInt("heartbeat timeout"));
    }

    @Override
    public String toString() {
        return "Hello[version=" + version + ", clientId=" + clientId + ", username=" + username
                + ", heartbeatTimeoutMs=" + heartbeatTimeoutMs + "]";
    }
}
