package dev.petrel.protocol;

/**
 * Opens a consumer. The broker delivers to it only while it has credit: {@code prefetch} to start with,
 * more with each {@link Credit}; prefetch 0 means the consumer pulls (credit comes only from {@link Credit}).
 *
 * @param requestId        answered by {@link Ok}, or an error for a bad destination or selector
 * @param sessionId        its session
 * @param consumerId       chosen by the client, unique within the connection
 * @param destination      the queue or topic
 * @param selector         a message selector, or null
 * @param noLocal          for topics: skip messages published on this connection
 * @param prefetch         the initial credit
 * @param kind             what the consumer is: a plain queue consumer or topic subscriber, a durable or
 *                         shared subscriber, or a queue browser
 * @param subscriptionName the name of a durable or shared subscription, else null
 */
public record CreateConsumer(int requestId, long sessionId, long consumerId, DestinationRef destination,
        String selector, boolean noLocal, int prefetch, ConsumerKind kind, String subscriptionName)
        implements Frame {

    /**
     * What a consumer is. A {@link #BROWSER} sees a snapshot of a queue's messages without taking them: it is
     * sent copies within its credit, needs no acknowledgements, and gets a {@link BrowseEnd} after the last.
     */
    public enum ConsumerKind {
        PLAIN, DURABLE, SHARED, SHARED_DURABLE, BROWSER
    }

    private static final ConsumerKind[] KINDS = ConsumerKind.values();

    @Override
    public FrameType type() {
        return FrameType.CREATE_CONSUMER;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(sessionId).writeLong(consumerId);
        DestinationRef.write(w, destination);
        w.writeString(selector).writeBoolean(noLocal).writeInt(prefetch).writeByte(kind.ordinal())
                .writeString(subscriptionName);
    }

    static CreateConsumer read(int requestId, FrameReader r) {
        long sessionId = r.readLong("session id");
        long consumerId = r.readLong("consumer id");
        DestinationRef destination = DestinationRef.read(r, "consumer destination");
        if (destination == null) {
            throw new MalformedFrameException("CREATE_CONSUMER has no destination");
        }
        String selector = r.readString("selector");
        boolean noLocal = r.readBoolean("no-local");
        int prefetch = r.readInt("prefetch");
        if (prefetch < 0) {
            throw new MalformedFrameException("prefetch must be 0 or more, was " + prefetch);
        }
        byte kind = r.readByte("consumer kind");
        if (kind < 0 || kind >= KINDS.length) {
            throw new MalformedFrameException("unknown consumer kind " + kind);
        }
        return new CreateConsumer(requestId, sessionId, consumerId, destination, selector, noLocal, prefetch,
                KINDS[kind], r.readString("subscription name"));
    }
}
