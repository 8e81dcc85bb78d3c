package dev.petrel.protocol;

import java.util.Arrays;
import java.util.Objects;

/**
 * A message as it travels and as the broker keeps it: the JMS headers the broker routes on as fields, the
 * properties and the body as opaque encoded bytes. The broker never re-encodes properties or body; it decodes
 * the properties only to evaluate a selector. Redelivery state is not part of the message: it travels in
 * the {@code DELIVER} frame, so the stored bytes never change. The arrays are never modified once the message
 * is built; nobody may write to them.
 *
 * @param messageId          the JMSMessageID including its "ID:" prefix, or null when disabled by the producer
 * @param destination        where the producer sent it
 * @param persistent         the JMSDeliveryMode
 * @param priority           0 to 9
 * @param timestamp          JMSTimestamp in epoch millis, 0 when disabled
 * @param expiration         JMSExpiration in epoch millis, 0 for never
 * @param deliveryTime       JMSDeliveryTime in epoch millis: not delivered before it
 * @param correlationId      JMSCorrelationID as a string, or null
 * @param correlationIdBytes JMSCorrelationID as bytes, or null (at most one of the two is set)
 * @param replyTo            JMSReplyTo, or null
 * @param type               JMSType, or null
 * @param properties         the properties encoded by {@link TypedValues#encodeMap}, empty array for none
 * @param bodyKind           which JMS message type the body belongs to
 * @param body               the body bytes in the format of its kind, or null for no body
 */
public record WireMessage(
        String messageId,
        DestinationRef destination,
        boolean persistent,
        int priority,
        long timestamp,
        long expiration,
        long deliveryTime,
        String correlationId,
        byte[] correlationIdBytes,
        DestinationRef replyTo,
        String type,
        byte[] properties,
        BodyKind bodyKind,
        byte[] body) {

    /** The JMS message types; the body bytes' format depends on it. */
    public enum BodyKind {
        /** A plain {@code Message}: no body. */
        NONE,
        /** UTF-8 text. */
        TEXT,
        /** Raw bytes, as written by a BytesMessage (DataOutput format). */
        BYTES,
        /** A map encoded by {@link TypedValues#encodeMap}. */
        MAP,
        /** A count followed by {@link TypedValues} items. */
        STREAM,
        /** Java serialization of one object. */
        OBJECT
    }

    private static final BodyKind[] BODY_KINDS = BodyKind.values();
    /** The first byte of {@link #encode}'s output; a new layout gets a new value. */
    private static final byte STORED_FORMAT = 1;

    public WireMessage {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(bodyKind, "bodyKind");
        if (priority < 0 || priority > 9) {
            throw new IllegalArgumentException("priority must be 0 to 9, was " + priority);
        }
    }

    /** The bytes this message adds to a frame: what the maximum frame size is compared with. */
    public int encodedSize() {
        return 64 + length(messageId) + destination.name().length() * 3 + length(correlationId) * 3
                + (correlationIdBytes == null ? 0 : correlationIdBytes.length)
                + (replyTo == null ? 0 : replyTo.name().length() * 3) + length(type) * 3
                + properties.length + (body == null ? 0 : body.length);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /**
     * The message alone as bytes, for a broker's store: a format byte, then the fields as in a frame. Read back
     * with {@link #decode}.
     */
    public byte[] encode() {
        io.netty.buffer.ByteBuf buf = io.netty.buffer.Unpooled.buffer(encodedSize() + 1);
        buf.writeByte(STORED_FORMAT);
        write(new FrameWriter(buf));
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        return bytes;
    }

    /**
     * Reads what {@link #encode} wrote.
     *
     * @throws MalformedFrameException when the bytes are not such a message
     */
    public static WireMessage decode(byte[] bytes) {
        io.netty.buffer.ByteBuf buf = io.netty.buffer.Unpooled.wrappedBuffer(bytes);
        if (!buf.isReadable() || buf.readByte() != STORED_FORMAT) {
            throw new MalformedFrameException("not a stored message: unknown format byte");
        }
        WireMessage message = read(new FrameReader(buf, ProtocolVersion.CURRENT));
        if (buf.isReadable()) {
            throw new MalformedFrameException("stored message has " + buf.readableBytes() + " trailing bytes");
        }
        return message;
    }

    void write(FrameWriter w) {
        w.writeString(messageId);
        DestinationRef.write(w, destination);
        w.writeBoolean(persistent).writeByte(priority);
        w.writeLong(timestamp).writeLong(expiration).writeLong(deliveryTime);
        w.writeString(correlationId).writeBytes(correlationIdBytes);
        DestinationRef.write(w, replyTo);
        w.writeString(type).writeBytes(properties);
        w.writeByte(bodyKind.ordinal()).writeBytes(body);
    }

    static WireMessage read(FrameReader r) {
        String messageId = r.readString("message id");
        DestinationRef destination = DestinationRef.read(r, "message destination");
        if (destination == null) {
            throw new MalformedFrameException("message has no destination");
        }
        boolean persistent = r.readBoolean("delivery mode");
        byte priority = r.readByte("priority");
        if (priority < 0 || priority > 9) {
            throw new MalformedFrameException("priority must be 0 to 9, was " + priority);
        }
        long timestamp = r.readLong("timestamp");
        long expiration = r.readLong("expiration");
        long deliveryTime = r.readLong("delivery time");
        String correlationId = r.readString("correlation id");
        byte[] correlationIdBytes = r.readBytes("correlation id bytes");
        DestinationRef replyTo = DestinationRef.read(r, "reply-to");
        String type = r.readString("type");
        byte[] properties = r.readBytes("properties");
        byte kind = r.readByte("body kind");
        if (kind < 0 || kind >= BODY_KINDS.length) {
            throw new MalformedFrameException("unknown body kind " + kind);
        }
        byte[] body = r.readBytes("body");
        return new WireMessage(messageId, destination, persistent, priority, timestamp, expiration, deliveryTime,
                correlationId, correlationIdBytes, replyTo, type, properties == null ? new byte[0] : properties,
                BODY_KINDS[kind], body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WireMessage m && persistent == m.persistent && priority == m.priority
                && timestamp == m.timestamp && expiration == m.expiration && deliveryTime == m.deliveryTime
                && Objects.equals(messageId, m.messageId) && destination.equals(m.destination)
                && Objects.equals(correlationId, m.correlationId)
                && Arrays.equals(correlationIdBytes, m.correlationIdBytes) && Objects.equals(replyTo, m.replyTo)
                && Objects.equals(type, m.type) && Arrays.equals(properties, m.properties)
                && bodyKind == m.bodyKind && Arrays.equals(body, m.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, destination, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "WireMessage[" + messageId + " to " + destination + ", " + bodyKind + " body of "
                + (body == null ? 0 : body.length) + " bytes]";
    }
}
