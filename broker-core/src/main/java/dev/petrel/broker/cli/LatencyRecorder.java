package dev.petrel.broker.cli;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies recorded by one thread without locks and read by another at any time: the owning consumer
 * thread is the only writer, so each counter is a plain read plus a release write (no lost updates, no
 * compare-and-set), and the reporting thread takes {@link #snapshot() snapshots} whose differences give the
 * per-second figures. A snapshot taken while the writer runs may lag by the values in flight; that is the
 * price of never making the consumer wait.
 */
final class LatencyRecorder {

    private final AtomicLongArray counts = new AtomicLongArray(LatencyHistogram.BUCKETS);
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    /** Records one latency; only the owning thread calls this. */
    void record(long nanos) {
        int bucket = LatencyHistogram.bucketOf(nanos);
        counts.setRelease(bucket, counts.getPlain(bucket) + 1);
        if (nanos > max.getPlain()) {
            max.setRelease(nanos);
        }
        count.setRelease(count.getPlain() + 1);
    }

    /** How many latencies were recorded; any thread. */
    long count() {
        return count.getAcquire();
    }

    /** A copy of what was recorded so far; any thread. */
    LatencyHistogram snapshot() {
        long[] copy = new long[LatencyHistogram.BUCKETS];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts.getAcquire(i);
        }
        return new LatencyHistogram(copy, max.getAcquire());
    }
}
