package dev.petrel.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tagged encoding of the value types a JMS message can carry in its properties and in map and stream
 * bodies: null, boolean, byte, short, char, int, long, float, double, String and byte[]. One encoding for
 * all three uses, so the broker can read properties (for selectors) without knowing about message bodies.
 */
public final class TypedValues {

    private static final byte NULL = 0;
    private static final byte BOOLEAN = 1;
    private static final byte BYTE = 2;
    private static final byte SHORT = 3;
    private static final byte CHAR = 4;
    private static final byte INT = 5;
    private static final byte LONG = 6;
    private static final byte FLOAT = 7;
    private static final byte DOUBLE = 8;
    private static final byte STRING = 9;
    private static final byte BYTES = 10;

    private TypedValues() {
    }

    /**
     * Writes one value with its type tag.
     *
     * @throws IllegalArgumentException for a type outside the list above
     */
    public static void write(FrameWriter w, Object value) {
        if (value == null) {
            w.writeByte(NULL);
        } else if (value instanceof String s) {
            w.writeByte(STRING).writeString(s);
        } else if (value instanceof Integer i) {
            w.writeByte(INT).writeInt(i);
        } else if (value instanceof Long l) {
            w.writeByte(LONG).writeLong(l);
        } else if (value instanceof Boolean b) {
            w.writeByte(BOOLEAN).writeBoolean(b);
        } else if (value instanceof Double d) {
            w.writeByte(DOUBLE).writeDouble(d);
        } else if (value instanceof Float f) {
            w.writeByte(FLOAT).writeFloat(f);
        } else if (value instanceof Short s) {
            w.writeByte(SHORT).writeShort(s);
        } else if (value instanceof Byte b) {
            w.writeByte(BYTE).writeByte(b);
        } else if (value instanceof Character c) {
            w.writeByte(CHAR).writeChar(c);
        } else if (value instanceof byte[] bytes) {
            w.writeByte(BYTES).writeBytes(bytes);
        } else {
            throw new IllegalArgumentException("cannot encode a value of type " + value.getClass().getName());
        }
    }

    /** Reads one value written by {@link #write}. */
    public static Object read(FrameReader r, String what) {
        byte tag = r.readByte(what);
        return switch (tag) {
            case NULL -> null;
            case BOOLEAN -> r.readBoolean(what);
            case BYTE -> r.readByte(what);
            case SHORT -> r.readShort(what);
            case CHAR -> r.readChar(what);
            case INT -> r.readInt(what);
            case LONG -> r.readLong(what);
            case FLOAT -> r.readFloat(what);
            case DOUBLE -> r.readDouble(what);
            case STRING -> r.readString(what);
            case BYTES -> r.readBytes(what);
            default -> throw new MalformedFrameException(what + " has unknown type tag " + tag);
        };
    }

    /** Encodes a name → value map (message properties, a map body) into its own byte array. */
    public static byte[] encodeMap(Map<String, ?> map) {
        ByteBuf buf = Unpooled.buffer(16 + map.size() * 24);
        FrameWriter w = new FrameWriter(buf);
        w.writeInt(map.size());
        map.forEach((name, value) -> {
            w.writeString(name);
            write(w, value);
        });
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /**
     * Decodes a map written by {@link #encodeMap}, keeping the order of the entries.
     *
     * @throws MalformedFrameException if the bytes are not such a map
     */
    public static Map<String, Object> decodeMap(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new LinkedHashMap<>();
        }
        FrameReader r = new FrameReader(Unpooled.wrappedBuffer(bytes), ProtocolVersion.CURRENT);
        int count = r.readCount("map size", 5);
        Map<String, Object> map = new LinkedHashMap<>(Math.max(4, count * 2));
        for (int i = 0; i < count; i++) {
            String name = r.readRequiredString("map entry name");
            try {
                map.put(name, read(r, "map entry value"));
            } catch (MalformedFrameException e) {
                // the entry's name only on failure: building it per entry cost more than decoding the value
                throw new MalformedFrameException(e.code(), "map entry '" + name + "': " + e.getMessage());
            }
        }
        return map;
    }
}
