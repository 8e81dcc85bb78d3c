package dev.petrel.protocol;

import static dev.petrel.protocol.FrameSamples.decode;
import static dev.petrel.protocol.FrameSamples.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.protocol.WireMessage.BodyKind;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every frame the encoder writes, the decoder reads back as an equal frame, however the bytes arrive. */
class FrameRoundTripTest {

    static Stream<Frame> allSamples() {
        return FrameSamples.allSamples().stream();
    }

    @Test
    void everyFrameTypeHasAFullSample() {
        Map<FrameType, Frame> samples = FrameSamples.fullSamples();
        for (FrameType type : FrameType.values()) {
            assertThat(samples).as("FrameSamples.fullSamples() needs a sample of %s", type).containsKey(type);
            assertThat(samples.get(type).type()).isEqualTo(type);
        }
    }

    @ParameterizedTest
    @MethodSource("allSamples")
    void frameDecodesToAnEqualFrame(Frame frame) {
        assertThat(decode(encode(frame))).containsExactly(frame);
    }

    @ParameterizedTest
    @MethodSource("allSamples")
    void lengthPrefixCountsEveryByteAfterIt(Frame frame) {
        byte[] bytes = encode(frame);
        assertThat(FrameSamples.withCorrectLength(bytes)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @EnumSource(BodyKind.class)
    void messageWithEveryBodyKindSurvivesSendAndDeliver(BodyKind kind) {
        WireMessage message = FrameSamples.fullMessage(kind);
        List<Object> decoded = decode(encode(new Send(1, 2, true, message), new Deliver(3, 4, 5, message)));

        assertThat(decoded).extracting(f -> f instanceof Send s ? s.message() : ((Deliver) f).message())
                .containsExactly(message, message);
        WireMessage received = ((Send) decoded.get(0)).message();
        assertThat(received.bodyKind()).isEqualTo(kind);
        assertThat(received.body()).isEqualTo(FrameSamples.body(kind));
        assertThat(received.replyTo()).isEqualTo(message.replyTo());
        assertThat(received.correlationIdBytes()).isEqualTo(message.correlationIdBytes());
        assertThat(TypedValues.decodeMap(received.properties())).containsOnlyKeys(FrameSamples.everyValueType().keySet());
    }

    @Test
    void messageWithEmptyPropertiesComesBackWithEmptyNotNullProperties() {
        Send decoded = (Send) decode(encode(new Send(0, 1, true, FrameSamples.minimalMessage()))).get(0);

        assertThat(decoded.message().properties()).isEmpty();
        assertThat(decoded.message().body()).isNull();
    }

    @Test
    void severalFramesInOneBufferDecodeInOrder() {
        List<Frame> frames = FrameSamples.allSamples();

        assertThat(decode(encode(frames.toArray(Frame[]::new)))).containsExactlyElementsOf(frames);
    }

    @Test
    void framesWrittenOneByteAtATimeDecodeInOrder() {
        List<Frame> frames = FrameSamples.allSamples();
        byte[] bytes = encode(frames.toArray(Frame[]::new));
        List<byte[]> singleBytes = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            singleBytes.add(new byte[] {b});
        }

        assertThat(decode(FrameSamples.MAX_FRAME_SIZE, singleBytes)).containsExactlyElementsOf(frames);
    }

    @Test
    void frameSplitAcrossWritesEmitsNothingUntilItsLastByte() {
        byte[] bytes = encode(FrameSamples.fullSamples().get(FrameType.SEND));
        int last = bytes.length - 1;

        assertThat(decode(FrameSamples.MAX_FRAME_SIZE, List.of(Arrays.copyOf(bytes, last)))).isEmpty();
        assertThat(decode(FrameSamples.MAX_FRAME_SIZE,
                List.of(Arrays.copyOf(bytes, last), Arrays.copyOfRange(bytes, last, bytes.length)))).hasSize(1);
    }

    @Test
    void frameOfExactlyTheMaximumSizeIsAccepted() {
        Send small = new Send(1, 2, true, FrameSamples.minimalMessage());
        int room = FrameSamples.MAX_FRAME_SIZE - (encode(small).length - FrameDecoder.LENGTH_BYTES);
        WireMessage m = FrameSamples.minimalMessage();
        Send largest = new Send(1, 2, true, new WireMessage(null, m.destination(), false, 0, 0, 0, 0, null, null, null, null,
                new byte[0], BodyKind.BYTES, new byte[room]));
        byte[] bytes = encode(largest);

        assertThat(bytes.length - FrameDecoder.LENGTH_BYTES).isEqualTo(FrameSamples.MAX_FRAME_SIZE);
        assertThat(decode(bytes)).containsExactly(largest);
    }

    @Test
    void headerLayoutIsLengthThenTypeCodeThenRequestId() {
        assertThat(HexFormat.of().formatHex(encode(new Ok(0x01020304)))).isEqualTo("00000005" + "05" + "01020304");
    }

    @Test
    void helloLayoutOfVersionOneIsFrozen() {
        // length 30, HELLO, request 1, "PTRL", version 1, client id null, username "u", password null, 30000 ms
        String frozen = "0000001e" + "01" + "00000001" + "5054524c" + "00000001" + "ffffffff" + "0000000175"
                + "ffffffff" + "00007530";
        Hello hello = new Hello(1, 1, null, "u", null, 30_000);

        assertThat(HexFormat.of().formatHex(encode(hello))).isEqualTo(frozen);
        assertThat(decode(HexFormat.of().parseHex(frozen))).containsExactly(hello);
    }

    @Test
    void helloOkOfVersionOneIsFrozenAndItsBrokerIdIsTheName() {
        // length 27, HELLO_OK, request 1, version 1, broker "b", connection "c", heartbeat 0, max frame 1024
        String frozen = "0000001b" + "02" + "00000001" + "00000001" + "0000000162" + "0000000163" + "00000000"
                + "00000400";

        assertThat(decode(HexFormat.of().parseHex(frozen)))
                .containsExactly(new HelloOk(1, 1, "b", "c", 0, 1024, "b"));
    }

    @Test
    void helloOkOfVersionTwoAppendsTheBrokerId() {
        HelloOk ok = new HelloOk(1, 2, "b", "c", 0, 1024, "b-1");

        assertThat(HexFormat.of().formatHex(encode(ok))).isEqualTo("00000022" + "02" + "00000001" + "00000002"
                + "0000000162" + "0000000163" + "00000000" + "00000400" + "00000003622d31");
        assertThat(decode(encode(ok))).containsExactly(ok);
    }

    @Test
    void typedValuesMapKeepsEveryValueTypeOrderAndNulls() {
        Map<String, Object> original = FrameSamples.everyValueType();

        Map<String, Object> decoded = TypedValues.decodeMap(TypedValues.encodeMap(original));

        assertThat(decoded.keySet()).containsExactlyElementsOf(original.keySet());
        original.forEach((name, value) -> {
            assertThat(decoded.get(name)).as(name).isEqualTo(value);
            if (value != null) {
                assertThat(decoded.get(name)).as(name).isExactlyInstanceOf(value.getClass());
            }
        });
        assertThat(decoded).containsEntry("null", null);
    }

    @Test
    void typedValuesEmptyAndNullBytesDecodeToAnEmptyMap() {
        assertThat(TypedValues.decodeMap(TypedValues.encodeMap(Map.of()))).isEmpty();
        assertThat(TypedValues.decodeMap(new byte[0])).isEmpty();
        assertThat(TypedValues.decodeMap(null)).isEmpty();
    }

    @Test
    void typedValuesRefuseATypeOutsideTheJmsList() {
        assertThatThrownBy(() -> TypedValues.encodeMap(Map.of("stream", new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ByteArrayOutputStream.class.getName());
    }

    @Test
    void typedValuesMapCutShortFailsAsMalformedNotWithABufferException() {
        byte[] bytes = TypedValues.encodeMap(FrameSamples.everyValueType());
        for (int keep = 1; keep < bytes.length; keep++) {
            byte[] cut = Arrays.copyOf(bytes, keep);
            assertThatThrownBy(() -> TypedValues.decodeMap(cut)).as("cut to %d bytes", keep)
                    .isInstanceOf(MalformedFrameException.class);
        }
    }
}
