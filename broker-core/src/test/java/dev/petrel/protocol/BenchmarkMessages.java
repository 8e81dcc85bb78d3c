package dev.petrel.protocol;

import dev.petrel.protocol.WireMessage.BodyKind;
import java.util.Map;

/**
 * The one message every microbenchmark moves, so that codec, selector and dispatch figures describe the same
 * traffic: a 1 KiB BytesMessage with three properties, as in the bench scenarios of docs/performance.md.
 */
public final class BenchmarkMessages {

    /** Where the message goes. */
    public static final DestinationRef QUEUE = DestinationRef.queue("orders");

    private static final byte[] BODY = new byte[1024];
    private static final byte[] PROPERTIES = TypedValues.encodeMap(
            Map.of("region", "EU", "amount", 42, "customer", "acme-1042"));
    private static final long TIMESTAMP = 1_700_000_000_000L;
    /** Above the default 4 so that {@code JMSPriority > 4} holds and a selector evaluates all its terms. */
    private static final int PRIORITY = 6;

    private BenchmarkMessages() {
    }

    /**
     * The message with the given JMSMessageID ("ID:..."); the body and property bytes are shared, as a
     * message's arrays are never written once built.
     */
    public static WireMessage bytesMessage(String messageId) {
        return new WireMessage(messageId, QUEUE, false, PRIORITY, TIMESTAMP, 0, 0, null, null, null, null,
                PROPERTIES, BodyKind.BYTES, BODY);
    }
}
