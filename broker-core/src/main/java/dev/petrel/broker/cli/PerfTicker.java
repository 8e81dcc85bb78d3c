package dev.petrel.broker.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints one {@link PerfReport#line} per second to standard error while {@code petrel perf} runs: the sends
 * and receipts of that second (warm-up included, and marked) and the latency percentiles of that second,
 * from the difference between this second's and the previous second's snapshot of every consumer's
 * recorders. Its thread ({@code petrel-perf-ticker}) owns the previous snapshot, counters and tick count.
 */
final class PerfTicker implements AutoCloseable {

    private final PerfTraffic traffic;
    private final List<PerfConsumer> consumers;
    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private LatencyHistogram lastLatencies = new LatencyHistogram();
    private long lastSent;
    private long lastNanos;
    private long ticks;

    private PerfTicker(PerfTraffic traffic, List<PerfConsumer> consumers, PrintWriter err, long startNanos) {
        this.traffic = traffic;
        this.consumers = consumers;
        this.err = err;
        this.lastNanos = startNanos;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "petrel-perf-ticker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts printing, one line a second from {@code startNanos} on. */
    static PerfTicker start(PerfTraffic traffic, List<PerfConsumer> consumers, PrintWriter err, long startNanos) {
        PerfTicker ticker = new PerfTicker(traffic, consumers, err, startNanos);
        ticker.timer.scheduleAtFixedRate(ticker::tick, 1, 1, TimeUnit.SECONDS);
        return ticker;
    }

    /** The latencies recorded by {@code consumers} so far: measured ones, and the warm-up's if asked. */
    static LatencyHistogram latencies(List<PerfConsumer> consumers, boolean withWarmup) {
        LatencyHistogram sum = new LatencyHistogram();
        for (PerfConsumer consumer : consumers) {
            sum.add(consumer.measuredRecorder().snapshot());
            if (withWarmup) {
                sum.add(consumer.warmupRecorder().snapshot());
            }
        }
        return sum;
    }

    private void tick() {
        long now = System.nanoTime();
        long sent = traffic.allSent();
        LatencyHistogram latencies = latencies(consumers, true);
        // A second is warm-up when most of it was: the tick itself comes a little late.
        boolean warmup = lastNanos + (now - lastNanos) / 2 < traffic.measureStart();
        err.println(PerfReport.line(++ticks, warmup, sent - lastSent, now - lastNanos,
                latencies.since(lastLatencies)));
        err.flush();
        lastLatencies = latencies;
        lastSent = sent;
        lastNanos = now;
    }

    /** Stops the lines. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
