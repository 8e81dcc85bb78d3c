package dev.petrel.protocol;

import java.util.Objects;

/**
 * A message from a producer. With a non-zero request id the broker answers {@link Ok} once it holds the
 * message (durably, when persistent) or an error; with 0 it sends nothing back unless the connection fails.
 *
 * @param requestId  0 for a fire-and-forget send
 * @param producerId the producer that sent it
 * @param message    the message
 */
public record Send(int requestId, long producerId, WireMessage message) implements Frame {

    public Send {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public FrameType type() {
        return FrameType.SEND;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeLong(producerId);
        message.write(w);
    }

    static Send read(int requestId, FrameReader r) {
        return new Send(requestId, r.readLong("producer id"), WireMessage.read(r));
    }
}
