package dev.petrel.protocol;

/**
 * What the decoder emits instead of a frame when the input is not a valid frame. The connection handler
 * answers it with an {@code ERROR} frame carrying {@link #code()} and closes that one connection.
 *
 * @param code   {@link ErrorCode#MALFORMED_FRAME} or {@link ErrorCode#FRAME_TOO_LARGE}
 * @param reason what was wrong, for the log and the error frame
 */
public record DecodeFailure(ErrorCode code, String reason) {
}
