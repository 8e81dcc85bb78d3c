package dev.petrel.protocol;

import java.util.Objects;

/**
 * A message from a producer. With {@code receipt} the broker answers {@link Ok} once it holds the message
 * (durably, when persistent). Without, it answers only a failure: an {@link ErrorFrame} with this request id,
 * which the client reports to the connection's exception listener, since no caller waits for it.
 *
 * @param requestId  identifies the send in an answer; never 0
 * @param producerId the producer that sent it
 * @param receipt    whether the producer waits for the broker's {@code OK}
 * @param message    the message
 */
public record Send(int requestId, long producerId, boolean receipt, WireMessage message) implements Frame {

    public Send {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public FrameType type() {
        return FrameType.SEND;
    }

    @Override
    public int sizeHint() {
        return 32 + message.encodedSize();
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(producerId).writeBoolean(receipt);
        message.write(w);
    }

    static Send read(int requestId, FrameReader r) {
        return new Send(requestId, r.readLong("producer id"), r.readBoolean("receipt"),
                WireMessage.readKeepingEncoded(r));
    }
}
