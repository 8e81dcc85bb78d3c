package dev.petrel.protocol;

/**
 * The one failure the codec raises for bytes that are not a valid frame. It never leaves the codec: the
 * decoder turns it into a {@link DecodeFailure} value.
 */
public final class MalformedFrameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public MalformedFrameException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public MalformedFrameException(String message) {
        this(ErrorCode.MALFORMED_FRAME, message);
    }

    public ErrorCode code() {
        return code;
    }
}
