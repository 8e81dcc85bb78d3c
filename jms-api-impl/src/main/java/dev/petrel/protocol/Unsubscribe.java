package dev.petrel.protocol;

/**
 * Deletes a durable subscription of the connection's client ID (or, for a shared durable subscription
 * created without client ID, of none).
 *
 * @param requestId        answered by {@link Ok}, {@link ErrorCode#INVALID_DESTINATION} when there is no such
 *                         subscription, or {@link ErrorCode#ILLEGAL_STATE} while it has an active consumer
 * @param subscriptionName the subscription's name
 */
public record Unsubscribe(int requestId, String subscriptionName) implements Frame {

    @Override
    public FrameType type() {
        return FrameType.UNSUBSCRIBE;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeString(subscriptionName);
    }

    static Unsubscribe read(int requestId, FrameReader r) {
        return new Unsubscribe(requestId, r.readRequiredString("subscription name"));
    }
}
