package dev.petrel.protocol;

/**
 * The protocol versions this code speaks. A peer announces its newest version in {@code HELLO}; the broker
 * answers with the version both will use, or refuses with {@link ErrorCode#PROTOCOL_VERSION_MISMATCH}.
 * New optional fields are gated by the agreed version, never by new frame classes.
 */
public final class ProtocolVersion {

    /** The oldest version this code can still speak. */
    public static final int MIN = 1;

    /** The newest version this code speaks. Version 2 added the broker id to {@code HELLO_OK}. */
    public static final int CURRENT = 2;

    /** The first four bytes of every {@code HELLO}: "PTRL". Anything else is not a Petrel peer. */
    public static final int MAGIC = 0x5054524C;

    private ProtocolVersion() {
    }

    /**
     * Picks the version to use with a peer whose newest version is {@code peerVersion}.
     *
     * @return the agreed version, or -1 when the peer is too old for this code
     */
    public static int negotiate(int peerVersion) {
        int agreed = Math.min(peerVersion, CURRENT);
        return agreed >= MIN ? agreed : -1;
    }

    /** A sentence naming both versions, for the error a mismatch produces on either side. */
    public static String mismatch(int peerVersion) {
        return "peer speaks Petrel protocol version " + peerVersion + ", this side speaks versions " + MIN + " to "
                + CURRENT + "; upgrade the older of client library and broker";
    }
}
