package dev.petrel.protocol;

import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.DestinationRef.Kind;
import dev.petrel.protocol.WireMessage.BodyKind;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sample frames and the small helpers the codec tests share: encoding through {@link FrameEncoder} and decoding
 * through {@link FrameDecoder}, both on Netty's {@link EmbeddedChannel}.
 */
final class FrameSamples {

    /** Text from several scripts, an astral code point (a surrogate pair in Java) and a NUL character. */
    static final String UNICODE = "Grüße, Ωμέγα, 日本語, emoji 🚀, nul \u0000 end";

    /** A maximum frame size larger than every sample. */
    static final int MAX_FRAME_SIZE = 1 << 20;

    private FrameSamples() {
    }

    /** One frame per {@link FrameType}, every field set (no nulls), by type. */
    static Map<FrameType, Frame> fullSamples() {
        List<Frame> frames = List.of(
                new Hello(1, ProtocolVersion.CURRENT, "client-" + UNICODE, "user-é", "pässwörd-🔑", 30_000),
                new HelloOk(1, ProtocolVersion.CURRENT, "broker-日本", "conn-" + UNICODE, 10_000, MAX_FRAME_SIZE,
                        "broker-日本-" + UNICODE),
                Heartbeat.INSTANCE,
                new ErrorFrame(Integer.MAX_VALUE, ErrorCode.INVALID_SELECTOR, "selector 'prix > ü' is wrong: " + UNICODE),
                new Ok(-7),
                new CreateSession(2, Long.MAX_VALUE, 3),
                new CloseSession(3, Long.MAX_VALUE),
                new CreateProducer(4, 1, Long.MIN_VALUE, DestinationRef.queue("orders." + UNICODE)),
                new CloseProducer(5, Long.MIN_VALUE),
                new CreateConsumer(6, 1, 9, DestinationRef.topic("prices." + UNICODE), "colour = 'röd' AND n > 3",
                        true, 1000, ConsumerKind.SHARED_DURABLE, "sub-" + UNICODE),
                new CloseConsumer(7, 9, 42),
                new Send(8, Long.MIN_VALUE, true, fullMessage(BodyKind.TEXT)),
                new Deliver(9, Long.MAX_VALUE, Integer.MAX_VALUE, fullMessage(BodyKind.MAP)),
                new Ack(10, 9, 1, Long.MAX_VALUE),
                new Credit(9, Integer.MAX_VALUE),
                new Drain(11, 9),
                new Close(12),
                new Commit(13, Long.MAX_VALUE),
                new Rollback(14, Long.MIN_VALUE),
                new Recover(15, 9, Long.MAX_VALUE),
                new SetClientId(16, "client-" + UNICODE),
                new Unsubscribe(17, "sub-" + UNICODE),
                new CreateDestination(18, new DestinationRef(Kind.TEMPORARY_QUEUE, "conn-1.tmp-" + UNICODE)),
                new DeleteDestination(19, new DestinationRef(Kind.TEMPORARY_TOPIC, "conn-1.tmp-2")),
                new BrowseEnd(Long.MAX_VALUE),
                new XaStart(20, 7, xid(), 0x200000, Integer.MAX_VALUE),
                new XaEnd(21, 7, xid(), 0x4000000),
                new XaPrepare(22, xid()),
                new XaCommit(23, xid(), true),
                new XaRollback(24, xid()),
                new XaRecover(25),
                new XaForget(26, xid()),
                new XaResult(27, 3, List.of(xid(), new WireXid(0, new byte[] {1}, new byte[0]))));
        Map<FrameType, Frame> byType = new EnumMap<>(FrameType.class);
        frames.forEach(frame -> byType.put(frame.type(), frame));
        return byType;
    }

    /** Frames with every nullable field null, zero where zero means "none", and the other enum values. */
    static List<Frame> variantSamples() {
        List<Frame> frames = new ArrayList<>(List.of(
                new Hello(0, ProtocolVersion.MIN, null, null, null, 0),
                new HelloOk(0, ProtocolVersion.MIN, "", "", 0, FrameDecoder.HEADER_BYTES, ""),
                new ErrorFrame(0, ErrorCode.UNKNOWN, ""),
                new CreateProducer(1, 0, 0, null),
                new CreateConsumer(2, 0, 0, DestinationRef.queue("q"), null, false, 0, ConsumerKind.PLAIN, null),
                new CloseConsumer(3, 1, 0),
                new Send(0, 1, false, minimalMessage()),
                new Deliver(1, 1, 1, minimalMessage()),
                new Ack(0, 1, 1, 1),
                new XaStart(1, 0, new WireXid(0, new byte[] {0}, new byte[0]), 0, 0),
                new XaCommit(2, xid(), false),
                new XaResult(3, -4)));
        for (BodyKind kind : BodyKind.values()) {
            frames.add(new Send(20 + kind.ordinal(), 2, true, fullMessage(kind)));
        }
        for (Kind kind : Kind.values()) {
            frames.add(new CreateProducer(30 + kind.ordinal(), 1, 2, new DestinationRef(kind, kind + UNICODE)));
        }
        for (ConsumerKind kind : ConsumerKind.values()) {
            frames.add(new CreateConsumer(40 + kind.ordinal(), 1, 3, DestinationRef.topic("t"), "", false, 1, kind,
                    kind == ConsumerKind.PLAIN ? null : "name"));
        }
        for (int ackMode = 0; ackMode <= 3; ackMode++) {
            frames.add(new CreateSession(50 + ackMode, ackMode, ackMode));
        }
        for (ErrorCode code : ErrorCode.values()) {
            frames.add(new ErrorFrame(60 + code.ordinal(), code, code.name()));
        }
        return frames;
    }

    /** An Xid with both parts at their maximum length and a negative format id. */
    static WireXid xid() {
        byte[] gtrid = new byte[WireXid.MAX_PART];
        byte[] bqual = new byte[WireXid.MAX_PART];
        Arrays.fill(gtrid, (byte) -1);
        Arrays.fill(bqual, (byte) 0x7F);
        return new WireXid(Integer.MIN_VALUE, gtrid, bqual);
    }

    /** Every sample: the full ones followed by the variants. */
    static List<Frame> allSamples() {
        List<Frame> all = new ArrayList<>(fullSamples().values());
        all.addAll(variantSamples());
        return all;
    }

    /**
     * A message with every field set: properties holding every value type, a correlation id as bytes for the
     * binary body kinds and as a string for the others, a temporary reply-to, and a body of the given kind.
     */
    static WireMessage fullMessage(BodyKind kind) {
        boolean binary = kind == BodyKind.BYTES || kind == BodyKind.OBJECT;
        return new WireMessage("ID:" + UNICODE + ":" + kind, new DestinationRef(Kind.TEMPORARY_TOPIC, "tmp." + UNICODE),
                true, 9, 1_700_000_000_123L, Long.MAX_VALUE, -1L,
                binary ? null : "corr-" + UNICODE, binary ? new byte[] {0, -1, 127, -128} : null,
                new DestinationRef(Kind.TEMPORARY_QUEUE, "reply." + UNICODE), "type-" + UNICODE,
                TypedValues.encodeMap(everyValueType()), kind, body(kind));
    }

    /** A message with nothing optional: every nullable field null, no properties, no body. */
    static WireMessage minimalMessage() {
        return new WireMessage(null, DestinationRef.queue(""), false, 0, 0, 0, 0, null, null, null, null,
                new byte[0], BodyKind.NONE, null);
    }

    /** A body in the format of its kind. */
    static byte[] body(BodyKind kind) {
        return switch (kind) {
            case NONE -> null;
            case TEXT -> UNICODE.getBytes(StandardCharsets.UTF_8);
            case BYTES -> new byte[] {0, 1, -1, -128, 127, 0};
            case MAP -> TypedValues.encodeMap(everyValueType());
            case STREAM -> written(w -> {
                List<Object> items = new ArrayList<>(everyValueType().values());
                w.writeInt(items.size());
                items.forEach(item -> TypedValues.write(w, item));
            });
            case OBJECT -> serialized(new ArrayList<>(List.of(UNICODE, 42)));
        };
    }

    /** One entry per value type TypedValues knows, with edge values, in a fixed order. */
    static Map<String, Object> everyValueType() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("null", null);
        map.put("boolean", true);
        map.put("byte", Byte.MIN_VALUE);
        map.put("short", Short.MIN_VALUE);
        map.put("char", '\uFFFF');
        map.put("int", Integer.MIN_VALUE);
        map.put("long", Long.MAX_VALUE);
        map.put("float", Float.NaN);
        map.put("double", -0.0d);
        map.put("string", UNICODE);
        map.put("empty string", "");
        map.put("bytes", new byte[] {0, -1, 42});
        map.put("empty bytes", new byte[0]);
        map.put("ключ 🚀", Double.NEGATIVE_INFINITY);
        return map;
    }

    /** The bytes a {@link FrameEncoder} on a channel writes for the frames, in order. */
    static byte[] encode(Frame... frames) {
        EmbeddedChannel channel = new EmbeddedChannel(FrameEncoder.INSTANCE);
        ByteBuf all = Unpooled.buffer();
        try {
            for (Frame frame : frames) {
                channel.writeOutbound(frame);
                ByteBuf out = channel.readOutbound();
                all.writeBytes(out);
                out.release();
            }
            return ByteBufUtil.getBytes(all);
        } finally {
            all.release();
            channel.finishAndReleaseAll();
        }
    }

    /** Decodes the bytes, written as one buffer, on a fresh decoder; see {@link #decode(int, List)}. */
    static List<Object> decode(byte[] bytes) {
        return decode(MAX_FRAME_SIZE, List.of(bytes));
    }

    /**
     * Feeds each chunk as its own write to a fresh {@link FrameDecoder} on an {@link EmbeddedChannel}, then
     * closes the channel, and returns everything the decoder emitted. Fails if the decoder emits anything when
     * the channel closes or if it keeps a reference to any input buffer after the close.
     */
    static List<Object> decode(int maxFrameSize, List<byte[]> chunks) {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(maxFrameSize));
        List<ByteBuf> inputs = new ArrayList<>(chunks.size());
        List<Object> out = new ArrayList<>();
        try {
            for (byte[] chunk : chunks) {
                ByteBuf in = Unpooled.buffer(chunk.length).writeBytes(chunk);
                inputs.add(in);
                channel.writeInbound(in);
                for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
                    out.add(o);
                }
            }
        } catch (RuntimeException | Error e) {
            channel.close();
            throw e;
        }
        if (channel.finishAndReleaseAll()) {
            throw new AssertionError("the decoder emitted something when the channel closed");
        }
        for (ByteBuf in : inputs) {
            if (in.refCnt() != 0) {
                throw new AssertionError("the decoder leaked an input buffer: refCnt " + in.refCnt());
            }
        }
        return out;
    }

    /** The bytes of one frame whose body is whatever {@code body} writes; the length prefix is right. */
    static byte[] rawFrame(int typeCode, int requestId, Consumer<FrameWriter> body) {
        return written(w -> {
            w.writeInt(0).writeByte(typeCode).writeInt(requestId);
            body.accept(w);
        }, true);
    }

    /** The parts one after the other. */
    static byte[] concat(byte[]... parts) {
        return ByteBufUtil.getBytes(Unpooled.wrappedBuffer(parts));
    }

    /** The bytes with the 4-byte big-endian int at {@code offset} replaced by {@code value}. */
    static byte[] withIntAt(byte[] bytes, int offset, int value) {
        byte[] copy = bytes.clone();
        Unpooled.wrappedBuffer(copy).setInt(offset, value);
        return copy;
    }

    /** The bytes with the length prefix set to what follows it. */
    static byte[] withCorrectLength(byte[] frame) {
        return withIntAt(frame, 0, frame.length - FrameDecoder.LENGTH_BYTES);
    }

    /** The frame cut after {@code keep} bytes, its length prefix corrected to the bytes left. */
    static byte[] cutTo(byte[] frame, int keep) {
        return withCorrectLength(Arrays.copyOf(frame, keep));
    }

    /** The frame with one more byte at the end, its length prefix corrected. */
    static byte[] withTrailingByte(byte[] frame) {
        return withCorrectLength(Arrays.copyOf(frame, frame.length + 1));
    }

    private static byte[] written(Consumer<FrameWriter> writes) {
        return written(writes, false);
    }

    private static byte[] written(Consumer<FrameWriter> writes, boolean fixLength) {
        ByteBuf buf = Unpooled.buffer();
        try {
            writes.accept(new FrameWriter(buf));
            if (fixLength) {
                buf.setInt(0, buf.readableBytes() - FrameDecoder.LENGTH_BYTES);
            }
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    private static byte[] serialized(Object object) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
