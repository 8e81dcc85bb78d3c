package dev.petrel.broker.config;

import java.nio.file.Path;

/**
 * A mistake in the broker configuration, with a message meant for the person who wrote the file:
 * {@code FILE:LINE:COLUMN: <element attr="value">: expected ...}. Unchecked because nothing can
 * recover from it but fixing the file and starting again.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem not tied to a position in the file (for example, the file does not exist). */
    public ConfigException(String message) {
        super(message);
    }

    /** A problem not tied to a position in the file, caused by {@code cause}. */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem at {@code position} in {@code file}; the message starts with {@code file:line:column: }. */
    static ConfigException at(Path file, SourcePosition position, String detail) {
        return new ConfigException(file + ":" + position + ": " + detail);
    }
}
