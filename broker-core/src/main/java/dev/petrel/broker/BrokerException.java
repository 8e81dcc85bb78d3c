package dev.petrel.broker;

import dev.petrel.protocol.ErrorCode;

/**
 * A request the broker refuses, with the {@link ErrorCode} that travels to the client and a message that
 * names the thing and the fix. Thrown by broker logic, turned into an error frame at the connection.
 */
public final class BrokerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public BrokerException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
