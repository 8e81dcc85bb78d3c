package dev.petrel.jms;

import java.nio.charset.StandardCharsets;

/**
 * JMSCorrelationID as the application set it: as a String or as bytes (Jakarta Messaging 3.1 §3.4.5), kept
 * apart so that each travels in its own wire field. Immutable.
 */
final class CorrelationId {

    private final String text;
    private final byte[] bytes;

    private CorrelationId(String text, byte[] bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    /** The correlation ID from its wire fields, or null when neither is set. */
    static CorrelationId of(String text, byte[] bytes) {
        return text == null && bytes == null ? null : new CorrelationId(text, bytes == null ? null : bytes.clone());
    }

    static String text(CorrelationId id) {
        return id == null ? null : id.text;
    }

    static byte[] bytes(CorrelationId id) {
        return id == null || id.bytes == null ? null : id.bytes.clone();
    }

    String asString() {
        return text != null ? text : new String(bytes, StandardCharsets.UTF_8);
    }

    byte[] asBytes() {
        return bytes != null ? bytes.clone() : text.getBytes(StandardCharsets.UTF_8);
    }
}
