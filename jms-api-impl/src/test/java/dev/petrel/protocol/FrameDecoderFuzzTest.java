package dev.petrel.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seeded random input for the decoder: whatever bytes arrive, however they are split into writes, the decoder
 * never throws, emits only frames and at most one {@link DecodeFailure} as its last output, and releases every
 * input buffer. A failure message names the seed and the input, so a run can be repeated exactly.
 */
class FrameDecoderFuzzTest {

    private static final long RANDOM_BYTES_SEED = 0x5EED_0001L;
    private static final long MUTATION_SEED = 0x5EED_0002L;
    private static final int INPUTS = 100_000;
    /** Small, so that random length prefixes and long random inputs reach the oversize path. */
    private static final int MAX_FRAME_SIZE = 64 * 1024;

    private static final List<byte[]> VALID = FrameSamples.allSamples().stream().map(FrameSamples::encode).toList();

    @Test
    void randomBytesNeverBreakTheDecoder() {
        Outcomes outcomes = fuzz(RANDOM_BYTES_SEED, random -> random.nextBoolean()
                ? randomFrameWithPlausibleHeader(random) : randomBytes(random));

        outcomes.assertReachedEveryOutcome(RANDOM_BYTES_SEED);
    }

    @Test
    void mutatedValidFramesNeverBreakTheDecoder() {
        Outcomes outcomes = fuzz(MUTATION_SEED, random -> mutate(random, validStream(random)));

        outcomes.assertReachedEveryOutcome(MUTATION_SEED);
    }

    private static Outcomes fuzz(long seed, Function<Random, byte[]> inputs) {
        Random random = new Random(seed);
        Outcomes outcomes = new Outcomes();
        Reencoder reencoder = new Reencoder();
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = inputs.apply(random);
            List<Object> out;
            try {
                out = FrameSamples.decode(MAX_FRAME_SIZE, splitIntoWrites(random, input));
            } catch (Throwable t) {
                throw new AssertionError(describe(seed, i, input) + " broke the decoder (it threw or leaked)", t);
            }
            String problem = problemWith(out, reencoder);
            if (problem != null) {
                throw new AssertionError(describe(seed, i, input) + ": " + problem + "; output " + out);
            }
            outcomes.count(out);
        }
        reencoder.close();
        return outcomes;
    }

    /** Null when the output keeps the decoder's contract, else what is wrong with it. */
    private static String problemWith(List<Object> out, Reencoder reencoder) {
        for (int i = 0; i < out.size(); i++) {
            Object o = out.get(i);
            if (o instanceof DecodeFailure failure) {
                if (i != out.size() - 1) {
                    return "output after a DecodeFailure";
                }
                if (failure.code() != ErrorCode.MALFORMED_FRAME && failure.code() != ErrorCode.FRAME_TOO_LARGE
                        || failure.reason() == null || failure.reason().isEmpty()) {
                    return "a failure without a decoder's code and reason";
                }
            } else if (o instanceof Frame frame) {
                if (!reencoder.survives(frame)) {
                    return "an accepted frame that does not survive re-encoding: " + frame;
                }
            } else {
                return "an output that is neither a Frame nor a DecodeFailure: " + o;
            }
        }
        return null;
    }

    private static byte[] randomBytes(Random random) {
        int length = random.nextInt(100) == 0 ? random.nextInt(MAX_FRAME_SIZE + 1024) : random.nextInt(300);
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * A header with a right or nearly right length and a frame type code or a near miss, then random bytes; half
     * of the bodies are as long as a few longs and ints, the size of the simple frames.
     */
    private static byte[] randomFrameWithPlausibleHeader(Random random) {
        byte[] body = new byte[random.nextBoolean() ? 4 * random.nextInt(6) : random.nextInt(80)];
        random.nextBytes(body);
        int typeCode = random.nextInt(FrameType.values().length + 2);
        byte[] frame = FrameSamples.withCorrectLength(
                FrameSamples.concat(FrameSamples.rawFrame(typeCode, random.nextInt(), w -> { }), body));
        return random.nextBoolean() ? frame : FrameSamples.withIntAt(frame, 0, frame.length - 4 + random.nextInt(9) - 4);
    }

    /** One to three valid frames one after the other. */
    private static byte[] validStream(Random random) {
        byte[][] frames = new byte[1 + random.nextInt(3)][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = VALID.get(random.nextInt(VALID.size()));
        }
        return FrameSamples.concat(frames);
    }

    private static byte[] mutate(Random random, byte[] bytes) {
        return switch (random.nextInt(6)) {
            case 0 -> flipBytes(random, bytes);
            case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 2 -> FrameSamples.cutTo(bytes, FrameDecoder.LENGTH_BYTES + random.nextInt(bytes.length - 3));
            case 3 -> splice(random, bytes, VALID.get(random.nextInt(VALID.size())));
            case 4 -> FrameSamples.withIntAt(bytes, 0, randomLength(random, bytes.length));
            default -> insertOrDelete(random, bytes);
        };
    }

    private static byte[] flipBytes(Random random, byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }

    private static byte[] splice(Random random, byte[] a, byte[] b) {
        return FrameSamples.concat(Arrays.copyOf(a, random.nextInt(a.length + 1)),
                Arrays.copyOfRange(b, random.nextInt(b.length + 1), b.length));
    }

    private static int randomLength(Random random, int actual) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt();
            case 1 -> actual - FrameDecoder.LENGTH_BYTES + random.nextInt(17) - 8;
            case 2 -> MAX_FRAME_SIZE + random.nextInt(3) - 1;
            default -> random.nextInt(100) - 8;
        };
    }

    private static byte[] insertOrDelete(Random random, byte[] bytes) {
        int at = random.nextInt(bytes.length + 1);
        if (random.nextBoolean()) {
            byte[] inserted = new byte[1 + random.nextInt(8)];
            random.nextBytes(inserted);
            return FrameSamples.concat(Arrays.copyOf(bytes, at), inserted, Arrays.copyOfRange(bytes, at, bytes.length));
        }
        int end = Math.min(bytes.length, at + 1 + random.nextInt(8));
        return FrameSamples.concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, end, bytes.length));
    }

    /** The input cut at up to three random points, each part its own write (parts may be empty). */
    private static List<byte[]> splitIntoWrites(Random random, byte[] input) {
        int[] cuts = new int[random.nextInt(4)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = random.nextInt(input.length + 1);
        }
        Arrays.sort(cuts);
        List<byte[]> writes = new ArrayList<>(cuts.length + 1);
        int from = 0;
        for (int cut : cuts) {
            writes.add(Arrays.copyOfRange(input, from, cut));
            from = cut;
        }
        writes.add(Arrays.copyOfRange(input, from, input.length));
        return writes;
    }

    private static String describe(long seed, int index, byte[] input) {
        String hex = HexFormat.of().formatHex(input, 0, Math.min(input.length, 512));
        return String.format("seed 0x%X, input #%d (%d bytes: %s%s)", seed, index, input.length, hex,
                input.length > 512 ? "..." : "");
    }

    /**
     * Checks that a frame the decoder accepted decodes to an equal frame once encoded again: one long-lived
     * decoder for the whole run, since valid frames never put it into its failed state.
     */
    private static final class Reencoder {
        private final EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(FrameSamples.MAX_FRAME_SIZE));

        boolean survives(Frame frame) {
            ByteBuf bytes = Unpooled.buffer();
            FrameEncoder.encode(frame, bytes);
            channel.writeInbound(bytes);
            return frame.equals(channel.readInbound()) && channel.readInbound() == null;
        }

        void close() {
            assertThat(channel.finishAndReleaseAll()).as("re-encoded frames left in the decoder").isFalse();
        }
    }

    /** How many inputs ended in each way, to prove the fuzzing reaches every path it is meant to. */
    private static final class Outcomes {
        private int withFrames;
        private int malformed;
        private int tooLarge;
        private int withoutFailure;

        void count(List<Object> out) {
            if (out.stream().anyMatch(Frame.class::isInstance)) {
                withFrames++;
            }
            if (out.isEmpty() || out.get(out.size() - 1) instanceof Frame) {
                withoutFailure++;
            } else if (((DecodeFailure) out.get(out.size() - 1)).code() == ErrorCode.FRAME_TOO_LARGE) {
                tooLarge++;
            } else {
                malformed++;
            }
        }

        void assertReachedEveryOutcome(long seed) {
            int enough = INPUTS / 1000;
            assertThat(Map.of("inputs with frames", withFrames, "malformed", malformed, "too large", tooLarge,
                    "inputs without failure", withoutFailure)).allSatisfy((outcome, inputs) -> assertThat(inputs)
                            .as("seed 0x%X: %s", seed, outcome).isGreaterThanOrEqualTo(enough));
        }
    }
}
