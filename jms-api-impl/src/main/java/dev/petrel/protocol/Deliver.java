package dev.petrel.protocol;

import java.util.Objects;

/**
 * A message for a consumer; it uses one unit of the consumer's credit.
 *
 * @param consumerId    the consumer
 * @param deliveryId    increases by one per delivery to this consumer, starting at 1; acks name it
 * @param deliveryCount JMSXDeliveryCount: 1 on first delivery; above 1 means JMSRedelivered
 * @param message       the message exactly as the producer sent it
 */
public record Deliver(long consumerId, long deliveryId, int deliveryCount, WireMessage message) implements Frame {

    public Deliver {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public FrameType type() {
        return FrameType.DELIVER;
    }

    @Override
    public int sizeHint() {
        return 32 + message.encodedSize();
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(consumerId).writeLong(deliveryId).writeInt(deliveryCount);
        message.write(w);
    }

    static Deliver read(int requestId, FrameReader r) {
        long consumerId = r.readLong("consumer id");
        long deliveryId = r.readLong("delivery id");
        int deliveryCount = r.readInt("delivery count");
        if (deliveryCount < 1) {
            throw new MalformedFrameException("delivery count must be 1 or more, was " + deliveryCount);
        }
        return new Deliver(consumerId, deliveryId, deliveryCount, WireMessage.read(r));
    }
}
