package dev.petrel.protocol;

import java.nio.charset.StandardCharsets;

/**
 * The destination a connection's decoder read last, with its name as the wire carries it, so that a frame naming
 * the same destination again gets the same {@link DestinationRef} instead of a new one and a new name string: a
 * producer sends its messages to one destination, a consumer receives them from one, so this spares a decoded
 * string and two objects per message. Owned by the decoder's event loop, like the decoder.
 */
final class RecentDestination {

    private DestinationRef ref;
    private byte[] name;

    /** The last destination if the frame names it next (its name then read), else null (nothing read). */
    DestinationRef reuse(DestinationRef.Kind kind, FrameReader r) {
        return ref != null && ref.kind() == kind && r.skipStringIfEqual(name) ? ref : null;
    }

    void remember(DestinationRef read) {
        ref = read;
        name = read.name().getBytes(StandardCharsets.UTF_8);
    }
}
