package dev.petrel.protocol;

import static dev.petrel.protocol.FrameSamples.concat;
import static dev.petrel.protocol.FrameSamples.decode;
import static dev.petrel.protocol.FrameSamples.encode;
import static dev.petrel.protocol.FrameSamples.rawFrame;
import static dev.petrel.protocol.FrameSamples.withIntAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that is not a valid frame produces exactly one {@link DecodeFailure} with the right code, never an
 * exception, and nothing after it.
 */
class FrameDecoderFailureTest {

    private static final int SMALL_MAX = 1024;
    private static final int HEADER_END = FrameDecoder.LENGTH_BYTES + FrameDecoder.HEADER_BYTES;

    static Stream<Frame> samplesWithFields() {
        return FrameSamples.allSamples().stream().filter(f -> encode(f).length > HEADER_END);
    }

    @ParameterizedTest
    @MethodSource("samplesWithFields")
    void frameCutShortAtAnyByteIsMalformed(Frame frame) {
        byte[] bytes = encode(frame);
        for (int keep = FrameDecoder.LENGTH_BYTES; keep < bytes.length; keep++) {
            assertThat(decode(FrameSamples.cutTo(bytes, keep))).as("%s cut to %d of %d bytes", frame.type(), keep,
                    bytes.length).singleElement().isInstanceOfSatisfying(DecodeFailure.class,
                            f -> assertThat(f.code()).isEqualTo(ErrorCode.MALFORMED_FRAME));
        }
    }

    @ParameterizedTest
    @MethodSource("samplesWithFields")
    void frameWithTrailingBytesIsMalformed(Frame frame) {
        assertMalformed(FrameSamples.withTrailingByte(encode(frame)), "trailing");
    }

    @Test
    void lengthAboveTheMaximumFailsAsTooLargeBeforeTheBodyArrives() {
        byte[] lengthOnly = withIntAt(new byte[4], 0, SMALL_MAX + 1);

        List<Object> out = decode(SMALL_MAX, List.of(lengthOnly));

        assertThat(out).singleElement().isInstanceOfSatisfying(DecodeFailure.class, f -> {
            assertThat(f.code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
            assertThat(f.reason()).contains(String.valueOf(SMALL_MAX + 1), String.valueOf(SMALL_MAX));
        });
    }

    @Test
    void framesBeforeAnOversizeFrameAreStillEmitted() {
        Frame ok = new Ok(1);
        byte[] bytes = concat(encode(ok), withIntAt(new byte[4], 0, Integer.MAX_VALUE));

        List<Object> out = decode(SMALL_MAX, List.of(bytes));

        assertThat(out).hasSize(2).first().isEqualTo(ok);
        assertThat(((DecodeFailure) out.get(1)).code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
    }

    @Test
    void decoderWithTheLargestPossibleMaximumWaitsForAHugeFrameInsteadOfOverflowing() {
        byte[] start = concat(withIntAt(new byte[4], 0, Integer.MAX_VALUE), new byte[] {1, 2, 3});

        assertThat(decode(Integer.MAX_VALUE, List.of(start))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, 4})
    void lengthShorterThanAFrameHeaderIsMalformed(int length) {
        assertMalformed(withIntAt(new byte[HEADER_END], 0, length), "shorter than a frame header");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 34, 99, 255})
    void unknownFrameTypeIsMalformed(int code) {
        assertMalformed(rawFrame(code, 1, w -> { }), "unknown frame type " + code);
    }

    static Stream<Arguments> badFieldValues() {
        return Stream.of(
                bad("ack mode 4", FrameType.CREATE_SESSION, w -> w.writeLong(1).writeByte(4), "ack mode"),
                bad("ack mode -1", FrameType.CREATE_SESSION, w -> w.writeLong(1).writeByte(-1), "ack mode"),
                bad("destination kind 4", FrameType.CREATE_PRODUCER,
                        w -> w.writeLong(1).writeLong(2).writeByte(4).writeString("q"), "unknown kind 4"),
                bad("destination kind -2", FrameType.CREATE_PRODUCER,
                        w -> w.writeLong(1).writeLong(2).writeByte(-2).writeString("q"), "unknown kind -2"),
                bad("destination name null", FrameType.CREATE_PRODUCER,
                        w -> w.writeLong(1).writeLong(2).writeByte(0).writeString(null), "required"),
                bad("consumer without destination", FrameType.CREATE_CONSUMER,
                        w -> consumer(w.writeLong(1).writeLong(2).writeByte(-1), 0, 0), "no destination"),
                bad("consumer kind 5", FrameType.CREATE_CONSUMER,
                        w -> consumer(queue(w.writeLong(1).writeLong(2)), 0, 5), "consumer kind"),
                bad("negative prefetch", FrameType.CREATE_CONSUMER,
                        w -> consumer(queue(w.writeLong(1).writeLong(2)), -1, 0), "prefetch"),
                bad("boolean 2", FrameType.CREATE_CONSUMER,
                        w -> queue(w.writeLong(1).writeLong(2)).writeString(null).writeByte(2), "no-local"),
                bad("priority 10", FrameType.SEND, w -> message(w.writeLong(1).writeBoolean(true), 0, 10, 0), "priority"),
                bad("priority -1", FrameType.SEND, w -> message(w.writeLong(1).writeBoolean(true), 0, -1, 0), "priority"),
                bad("body kind 6", FrameType.SEND, w -> message(w.writeLong(1).writeBoolean(true), 0, 4, 6), "body kind 6"),
                bad("body kind -1", FrameType.SEND, w -> message(w.writeLong(1).writeBoolean(true), 0, 4, -1), "body kind -1"),
                bad("message without destination", FrameType.SEND, w -> message(w.writeLong(1).writeBoolean(true), -1, 4, 0),
                        "no destination"),
                bad("delivery count 0", FrameType.DELIVER,
                        w -> message(w.writeLong(1).writeLong(1).writeInt(0), 0, 4, 0), "delivery count"),
                bad("credit 0", FrameType.CREDIT, w -> w.writeLong(1).writeInt(0), "credit"),
                bad("ack range reversed", FrameType.ACK, w -> w.writeLong(1).writeLong(5).writeLong(4), "ack range"),
                bad("ack range from 0", FrameType.ACK, w -> w.writeLong(1).writeLong(0).writeLong(4), "ack range"),
                bad("xid with empty gtrid", FrameType.XA_PREPARE,
                        w -> w.writeInt(1).writeBytes(new byte[0]).writeBytes(new byte[0]), "global transaction id"),
                bad("xid with a 65-byte bqual", FrameType.XA_ROLLBACK,
                        w -> w.writeInt(1).writeBytes(new byte[1]).writeBytes(new byte[65]), "branch qualifier"),
                bad("null xid", FrameType.XA_FORGET,
                        w -> w.writeInt(-1).writeBytes(new byte[1]).writeBytes(new byte[0]), "null Xid"),
                bad("negative xa timeout", FrameType.XA_START, w -> w.writeLong(1).writeInt(1)
                        .writeBytes(new byte[1]).writeBytes(new byte[0]).writeInt(0).writeInt(-1), "timeout"),
                bad("error message null", FrameType.ERROR, w -> w.writeShort(2).writeString(null), "required"),
                bad("HELLO with wrong magic", FrameType.HELLO,
                        w -> w.writeInt(0x48545450).writeInt(1).writeString(null).writeString(null)
                                .writeString(null).writeInt(0), "not a Petrel client"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFieldValues")
    void fieldWithAValueOutsideItsRangeIsMalformed(String what, byte[] frame, String reason) {
        assertMalformed(frame, reason);
    }

    @Test
    void handWrittenLayoutUsedByTheBadValueCasesIsValidWithGoodValues() {
        byte[] send = rawFrame(FrameType.SEND.code(), 1, w -> message(w.writeLong(1).writeBoolean(true), 0, 4, 0));
        byte[] consumer = rawFrame(FrameType.CREATE_CONSUMER.code(), 1, w -> consumer(queue(w.writeLong(1)
                .writeLong(2)), 0, 0));

        assertThat(decode(send)).singleElement().isInstanceOf(Send.class);
        assertThat(decode(consumer)).singleElement().isInstanceOf(CreateConsumer.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {-2, -100, Integer.MIN_VALUE, 28, Integer.MAX_VALUE})
    void stringLengthThatIsNegativeOrBeyondTheFrameIsMalformed(int lie) {
        byte[] error = encode(new ErrorFrame(1, ErrorCode.INTERNAL, "twenty-seven bytes of text."));

        assertMalformed(withIntAt(error, HEADER_END + 2, lie), "claims " + lie + " bytes");
    }

    @ParameterizedTest
    @ValueSource(ints = {-2, 1, Integer.MAX_VALUE})
    void bytesLengthThatIsNegativeOrBeyondTheFrameIsMalformed(int lie) {
        byte[] send = encode(new Send(1, 2, true, FrameSamples.minimalMessage()));

        assertMalformed(withIntAt(send, send.length - 4, lie), "body claims " + lie + " bytes");
    }

    @Test
    void unknownErrorCodeFromANewerPeerIsNotAFailure() {
        byte[] error = rawFrame(FrameType.ERROR.code(), 3, w -> w.writeShort(77).writeString("new"));

        assertThat(decode(error)).containsExactly(new ErrorFrame(3, ErrorCode.UNKNOWN, "new"));
    }

    @Test
    void bytesAfterAFailureInTheSameBufferAreDiscarded() {
        byte[] bytes = concat(rawFrame(0, 1, w -> { }), encode(new Ok(1), Heartbeat.INSTANCE));

        assertThat(decode(bytes)).singleElement().isInstanceOf(DecodeFailure.class);
    }

    @Test
    void bytesAfterAFailureInLaterWritesAreDiscarded() {
        List<byte[]> writes = List.of(rawFrame(0, 1, w -> { }), encode(new Ok(1)), encode(Heartbeat.INSTANCE),
                withIntAt(new byte[4], 0, Integer.MAX_VALUE));

        assertThat(decode(SMALL_MAX, writes)).singleElement().isInstanceOf(DecodeFailure.class);
    }

    @Test
    void decoderRefusesAMaximumSmallerThanAFrameHeader() {
        assertThatThrownBy(() -> new FrameDecoder(FrameDecoder.HEADER_BYTES - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertMalformed(byte[] frame, String reason) {
        assertThat(decode(SMALL_MAX, List.of(frame))).singleElement().isInstanceOfSatisfying(DecodeFailure.class, f -> {
            assertThat(f.code()).isEqualTo(ErrorCode.MALFORMED_FRAME);
            assertThat(f.reason()).contains(reason);
        });
    }

    private static Arguments bad(String what, FrameType type, Consumer<FrameWriter> body, String reason) {
        return Arguments.of(what, rawFrame(type.code(), 1, body), reason);
    }

    /** The fields of CREATE_CONSUMER after its destination, with the given prefetch and consumer kind. */
    private static FrameWriter consumer(FrameWriter w, int prefetch, int subscriptionKind) {
        return w.writeString(null).writeBoolean(false).writeInt(prefetch).writeByte(subscriptionKind).writeString(null);
    }

    private static FrameWriter queue(FrameWriter w) {
        return w.writeByte(DestinationRef.Kind.QUEUE.ordinal()).writeString("q");
    }

    /**
     * A message in the layout of protocol version 1, written field by field independently of
     * {@link WireMessage}'s own writer, with the given destination kind (-1 for none), priority and body kind.
     */
    private static FrameWriter message(FrameWriter w, int destinationKind, int priority, int bodyKind) {
        w.writeString("ID:1").writeByte(destinationKind);
        if (destinationKind >= 0) {
            w.writeString("q");
        }
        return w.writeBoolean(true).writeByte(priority).writeLong(1).writeLong(0).writeLong(0)
                .writeString(null).writeBytes(null).writeByte(-1).writeString(null).writeBytes(new byte[0])
                .writeByte(bodyKind).writeBytes(null);
    }
}
