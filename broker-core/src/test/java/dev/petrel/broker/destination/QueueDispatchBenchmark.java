package dev.petrel.broker.destination;

import dev.petrel.protocol.BenchmarkMessages;
import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.Frame;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * Messages per second through a queue on the broker's side, without sockets, codec or store: a send is taken,
 * dispatched to a consumer as a {@code DELIVER}, acknowledged, and its credit returned — what the broker does
 * for each message of an auto-acknowledging consumer (a client returns credit in batches, so at most this).
 * The destination's executor runs on the benchmark thread, so the figure is the destination's own work, not
 * the hand-off to the petrel-dest pool.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// two warm-up iterations more than the codec and the selector: the path is long, and on two cores the JIT
// needs about four seconds to settle it
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class QueueDispatchBenchmark {

    private static final MessageOrigin PRODUCER = new MessageOrigin("producer-connection", null);
    private static final Runnable NO_RECEIPT = () -> { };
    private static final int PREFETCH = 1000;

    /** Consumers on the queue, which takes turns among them. */
    @Param({"1", "4"})
    public int consumers;

    private final LastDelivery target = new LastDelivery();
    private ScheduledExecutorService timer;
    private Destination queue;
    private RemoteConsumer[] byId;
    private long sequence;

    @Setup
    public void setUp() {
        // the timer only wakes delayed and expiring messages, which this one is not; it must exist all the same
        timer = Executors.newSingleThreadScheduledExecutor();
        DestinationRegistry registry = new DestinationRegistry(Runnable::run, new BrokerTime(Clock.systemUTC(), timer),
                true, false);
        queue = registry.lookup(BenchmarkMessages.QUEUE);
        byId = new RemoteConsumer[consumers];
        for (int id = 0; id < consumers; id++) {
            byId[id] = queue.addConsumer(ConsumerSpec.of(id, target, PREFETCH));
        }
    }

    @Benchmark
    public Deliver sendDispatchAcknowledge() {
        // a new id per message: the queue drops a resent id as a duplicate
        queue.send(BenchmarkMessages.bytesMessage("ID:bench-" + ++sequence), PRODUCER, NO_RECEIPT);
        Deliver delivered = target.take();
        RemoteConsumer consumer = byId[(int) delivered.consumerId()];
        consumer.acknowledge(delivered.deliveryId(), delivered.deliveryId(), null);
        consumer.credit(1);
        return delivered;
    }

    @TearDown
    public void tearDown() {
        timer.shutdownNow();
    }

    /** Keeps only the last delivery, so that a long run holds no more memory than a short one. */
    private static final class LastDelivery implements DeliveryTarget {

        private Deliver last;

        @Override
        public String connectionId() {
            return "consumer-connection";
        }

        @Override
        public void write(Frame frame) {
            last = (Deliver) frame;
        }

        @Override
        public void flush() {
        }

        /** The delivery the last send made; fails rather than measure a queue that stopped dispatching. */
        Deliver take() {
            Deliver taken = last;
            if (taken == null) {
                throw new IllegalStateException("the send was not dispatched");
            }
            last = null;
            return taken;
        }
    }
}
