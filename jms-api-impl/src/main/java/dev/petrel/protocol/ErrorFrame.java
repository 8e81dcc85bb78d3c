package dev.petrel.protocol;

import java.util.Objects;

/**
 * A failed request, or (with request id 0) a failure of the whole connection, which the broker closes next.
 * An error for a request nobody waits for (a {@link Send} without receipt) is reported to the connection's
 * exception listener and the connection goes on.
 *
 * @param requestId the failed request's id, or 0 when the connection is closing
 * @param code      why, as a code the client maps to a JMS exception type
 * @param message   a sentence naming the thing that failed and how to fix it
 */
public record ErrorFrame(int requestId, ErrorCode code, String message) implements Frame {

    public ErrorFrame {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public FrameType type() {
        return FrameType.ERROR;
    }

    @Override
    public void writeBody(FrameWriter w) {
        w.writeShort(code.wire()).writeString(message);
    }

    static ErrorFrame read(int requestId, FrameReader r) {
        return new ErrorFrame(requestId, ErrorCode.fromWire(r.readShort("error code")),
                r.readRequiredString("error message"));
    }
}
