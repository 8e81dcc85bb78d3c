package dev.petrel.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding and decoding of the two frames that carry messages, each with {@link BenchmarkMessages}' message:
 * every message crosses the codec four times (SEND encoded by the client and decoded by the broker, DELIVER
 * encoded by the broker and decoded by the client).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FrameCodecBenchmark {

    @Param({"SEND", "DELIVER"})
    public FrameType frameType;

    private Frame frame;
    /** Reused, so that encoding measures the codec rather than Netty's allocator. */
    private ByteBuf out;
    private ByteBuf encoded;
    private EmbeddedChannel decoder;

    @Setup
    public void setUp() {
        WireMessage message = BenchmarkMessages.bytesMessage("ID:bench-1");
        frame = frameType == FrameType.SEND ? new Send(7, 1, true, message) : new Deliver(1, 1, 1, message);
        out = Unpooled.buffer();
        encoded = Unpooled.buffer();
        FrameEncoder.encode(frame, encoded);
        decoder = new EmbeddedChannel(new FrameDecoder(1 << 20));
        // a decoder that failed would answer DecodeFailure quickly, and the figure would measure the wrong path
        if (!frame.equals(decode())) {
            throw new IllegalStateException("the frame does not survive a round trip: " + frame);
        }
    }

    @Benchmark
    public ByteBuf encode() {
        out.clear();
        FrameEncoder.encode(frame, out);
        return out;
    }

    /** Through the connection's decoder in a channel pipeline, as the broker and the client decode. */
    @Benchmark
    public Object decode() {
        // the decoder releases what it consumed: each call gets its own reference to the same bytes
        decoder.writeInbound(encoded.retainedDuplicate());
        return decoder.readInbound();
    }

    @TearDown
    public void tearDown() {
        decoder.finishAndReleaseAll();
        encoded.release();
        out.release();
    }
}
