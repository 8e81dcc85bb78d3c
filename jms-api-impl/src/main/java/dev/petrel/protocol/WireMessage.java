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
 * <p>A message the broker reads from a {@code SEND} ({@link #readKeepingEncoded}) keeps its bytes as they came,
 * in one array, and writes that array into every {@code DELIVER} and into the store as it is: a message fanned
 * out to four subscribers is encoded no more times than one sent to a queue, which is never, and its body is
 * not copied out of the frame on its own. Messages built from fields (by a client, or by the broker when it
 * changes one) are encoded field by field. Build one with the constructors below; the canonical one, which
 * takes where the body lies, is for this class.
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
 * @param bodyBytes          an array that holds the body in the format of its kind (see {@link #body()}), or null
 * @param bodyOffset         where the body starts in {@code bodyBytes}
 * @param bodyLength         the body's length, -1 for no body
 * @param encoded            the message's fields as a frame carries them, when it was read from one, else null;
 *                           {@code bodyBytes}, if there is a body, is then this array
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
        byte[] bodyBytes,
        int bodyOffset,
        int bodyLength,
        byte[] encoded) {

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
        if (bodyBytes == null ? bodyLength != -1
                : bodyLength < 0 || bodyOffset < 0 || bodyOffset + bodyLength > bodyBytes.length) {
            throw new IllegalArgumentException("a body of " + bodyLength + " bytes from " + bodyOffset
                    + " does not fit in " + (bodyBytes == null ? "null" : bodyBytes.length + " bytes"));
        }
    }

    /** A message built from its fields; {@code body} is the body bytes, or null for no body. */
    public WireMessage(String messageId, DestinationRef destination, boolean persistent, int priority,
            long timestamp, long expiration, long deliveryTime, String correlationId, byte[] correlationIdBytes,
            DestinationRef replyTo, String type, byte[] properties, BodyKind bodyKind, byte[] body) {
        this(messageId, destination, persistent, priority, timestamp, expiration, deliveryTime, correlationId,
                correlationIdBytes, replyTo, type, properties, bodyKind, body, body == null ? -1 : body.length);
    }

    /**
     * The same with the body in the first {@code bodyLength} bytes of {@code body}: a producer hands over the
     * buffer its application wrote the body into, without copying it, since those bytes never change.
     *
     * @param bodyLength how many bytes of {@code body} are the body; -1 when {@code body} is null
     */
    public WireMessage(String messageId, DestinationRef destination, boolean persistent, int priority,
            long timestamp, long expiration, long deliveryTime, String correlationId, byte[] correlationIdBytes,
            DestinationRef replyTo, String type, byte[] properties, BodyKind bodyKind, byte[] body, int bodyLength) {
        this(messageId, destination, persistent, priority, timestamp, expiration, deliveryTime, correlationId,
                correlationIdBytes, replyTo, type, properties, bodyKind, body, 0, bodyLength, null);
    }

    /**
     * The body bytes, or null for no body: the array the message was built with when that holds exactly the
     * body, else a copy (a message read from a {@code SEND} keeps its body inside its encoded bytes).
     */
    public byte[] body() {
        if (bodyLength < 0) {
            return null;
        }
        if (bodyOffset == 0 && bodyLength == bodyBytes.length) {
            return bodyBytes;
        }
        return Arrays.copyOfRange(bodyBytes, bodyOffset, bodyOffset + bodyLength);
    }

    /**
     * The bytes this message adds to a frame, or a little more: what the maximum frame size is compared with,
     * what memory limits count and what a frame's buffer is sized for. The same for a message however it was
     * made, so a message counts the same in every place that holds it.
     */
    public int encodedSize() {
        return 64 + length(messageId) + destination.name().length() * 3 + length(correlationId) * 3
                + (correlationIdBytes == null ? 0 : correlationIdBytes.length)
                + (replyTo == null ? 0 : replyTo.name().length() * 3) + length(type) * 3
                + properties.length + Math.max(0, bodyLength);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /**
     * The message alone as bytes, for a broker's store: a format byte, then the fields as in a frame. Read back
     * with {@link #decode}.
     */
    public byte[] encode() {
        if (encoded != null) {
            byte[] bytes = new byte[1 + encoded.length];
            bytes[0] = STORED_FORMAT;
            System.arraycopy(encoded, 0, bytes, 1, encoded.length);
            return bytes;
        }
        io.netty.buffer.ByteBuf buf = io.netty.buffer.Unpooled.buffer(encodedSize() + 1);
        buf.writeByte(STORED_FORMAT);
        write(new FrameWriter(buf));
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        return bytes;
    }

    /**
     * Reads what {@link #encode} wrote; the message keeps its encoded bytes, as one read from a {@code SEND}.
     *
     * @throws MalformedFrameException when the bytes are not such a message
     */
    public static WireMessage decode(byte[] bytes) {
        io.netty.buffer.ByteBuf buf = io.netty.buffer.Unpooled.wrappedBuffer(bytes);
        if (!buf.isReadable() || buf.readByte() != STORED_FORMAT) {
            throw new MalformedFrameException("not a stored message: unknown format byte");
        }
        WireMessage message = readKeepingEncoded(new FrameReader(buf, ProtocolVersion.CURRENT));
        if (buf.isReadable()) {
            throw new MalformedFrameException("stored message has " + buf.readableBytes() + " trailing bytes");
        }
        return message;
    }

    void write(FrameWriter w) {
        if (encoded != null) {
            w.writeEncoded(encoded);
            return;
        }
        w.writeString(messageId);
        DestinationRef.write(w, destination);
        w.writeBoolean(persistent).writeByte(priority);
        w.writeLong(timestamp).writeLong(expiration).writeLong(deliveryTime);
        w.writeString(correlationId).writeBytes(correlationIdBytes);
        DestinationRef.write(w, replyTo);
        w.writeString(type).writeBytes(properties);
        w.writeByte(bodyKind.ordinal()).writeBytes(bodyBytes, bodyOffset, bodyLength);
    }

    /** Reads a message into its fields, the body into an array of its own: what a client receives. */
    static WireMessage read(FrameReader r) {
        return read(r, false);
    }

    /**
     * Reads a message that keeps the bytes it was read from (copied out of the frame once, with the body among
     * them), so that it is written again as it came: what the broker does with a {@code SEND}.
     */
    static WireMessage readKeepingEncoded(FrameReader r) {
        return read(r, true);
    }

    private static WireMessage read(FrameReader r, boolean keepEncoded) {
        int start = r.position();
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
        byte[] bodyBytes;
        int bodyOffset = 0;
        int bodyLength;
        byte[] encoded = null;
        if (keepEncoded) {
            bodyLength = r.skipBytes("body");
            encoded = r.bytesSince(start);
            bodyBytes = bodyLength < 0 ? null : encoded; // the body is the last field
            bodyOffset = encoded.length - Math.max(0, bodyLength);
        } else {
            bodyBytes = r.readBytes("body");
            bodyLength = bodyBytes == null ? -1 : bodyBytes.length;
        }
        return new WireMessage(messageId, destination, persistent, priority, timestamp, expiration, deliveryTime,
                correlationId, correlationIdBytes, replyTo, type, properties == null ? new byte[0] : properties,
                BODY_KINDS[kind], bodyBytes, bodyOffset, bodyLength, encoded);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WireMessage m && persistent == m.persistent && priority == m.priority
                && timestamp == m.timestamp && expiration == m.expiration && deliveryTime == m.deliveryTime
                && Objects.equals(messageId, m.messageId) && destination.equals(m.destination)
                && Objects.equals(correlationId, m.correlationId)
                && Arrays.equals(correlationIdBytes, m.correlationIdBytes) && Objects.equals(replyTo, m.replyTo)
                && Objects.equals(type, m.type) && Arrays.equals(properties, m.properties)
                && bodyKind == m.bodyKind && sameBody(m);
    }

    private boolean sameBody(WireMessage m) {
        if (bodyLength < 0 || m.bodyLength < 0) {
            return bodyLength == m.bodyLength;
        }
        return Arrays.equals(bodyBytes, bodyOffset, bodyOffset + bodyLength,
                m.bodyBytes, m.bodyOffset, m.bodyOffset + m.bodyLength);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, destination, bodyLength);
    }

    @Override
    public String toString() {
        return "WireMessage[" + messageId + " to " + destination + ", " + bodyKind + " body of "
                + Math.max(0, bodyLength) + " bytes]";
    }
}
