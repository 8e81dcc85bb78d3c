package dev.petrel.broker.cli;

import java.util.Arrays;

/**
 * A fixed-bucket log-linear histogram of latencies in nanoseconds, after HdrHistogram's idea but small and
 * without the dependency: values below {@value #SUB_BUCKETS} ns have a bucket each, and every power of two
 * above is cut into {@value #SUB_BUCKETS} equal buckets, so a value read back (a bucket's midpoint) is within
 * 1/{@value #SUB_BUCKETS_X2} (0.4%) of any value recorded into that bucket, from 0 ns up to
 * {@code Long.MAX_VALUE}. Fixed layout: two histograms always add and subtract bucket by bucket.
 *
 * <p>Not thread-safe: one thread owns an instance (a consumer's are {@link LatencyRecorder}s instead; this
 * class holds their snapshots and the sums the reporting thread computes).
 */
final class LatencyHistogram {

    private static final int SUB_BITS = 7;
    /** Buckets per power of two: the resolution. */
    static final int SUB_BUCKETS = 1 << SUB_BITS;
    private static final int SUB_BUCKETS_X2 = 2 * SUB_BUCKETS;
    /** Linear buckets for 0..127, then 128 for each exponent 7..62. */
    static final int BUCKETS = SUB_BUCKETS + (Long.SIZE - 1 - SUB_BITS) * SUB_BUCKETS;

    private final long[] counts;
    private long total;
    private long max;

    LatencyHistogram() {
        this(new long[BUCKETS], 0);
    }

    /** A histogram over {@code counts} (taken, not copied) with an exact maximum known to the caller. */
    LatencyHistogram(long[] counts, long max) {
        if (counts.length != BUCKETS) {
            throw new IllegalArgumentException("expected " + BUCKETS + " buckets, got " + counts.length);
        }
        this.counts = counts;
        this.total = Arrays.stream(counts).sum();
        this.max = max;
    }

    /** The bucket of {@code nanos}; negative values (clocks of two JVMs) count as 0. */
    static int bucketOf(long nanos) {
        long value = Math.max(nanos, 0);
        if (value < SUB_BUCKETS) {
            return (int) value;
        }
        int exponent = Long.SIZE - 1 - Long.numberOfLeadingZeros(value);
        int shift = exponent - SUB_BITS;
        return SUB_BUCKETS + shift * SUB_BUCKETS + (int) ((value >>> shift) - SUB_BUCKETS);
    }

    /** The midpoint of bucket {@code index}: what a value recorded there reads back as. */
    static long valueOf(int index) {
        if (index < SUB_BUCKETS) {
            return index;
        }
        int shift = index / SUB_BUCKETS - 1;
        long lowest = (long) (SUB_BUCKETS + index % SUB_BUCKETS) << shift;
        return lowest + ((1L << shift) >>> 1);
    }

    void record(long nanos) {
        counts[bucketOf(nanos)]++;
        total++;
        max = Math.max(max, nanos);
    }

    /** Adds every value of {@code other} to this one. */
    void add(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
    }

    /**
     * What was recorded into this histogram since {@code earlier}, a snapshot of the same recorders: the
     * per-second view. Its maximum is its highest bucket's value, the exact one is not known.
     */
    LatencyHistogram since(LatencyHistogram earlier) {
        long[] difference = new long[BUCKETS];
        int highest = -1;
        for (int i = 0; i < BUCKETS; i++) {
            difference[i] = counts[i] - earlier.counts[i];
            highest = difference[i] > 0 ? i : highest;
        }
        return new LatencyHistogram(difference, highest < 0 ? 0 : valueOf(highest));
    }

    long count() {
        return total;
    }

    /** The largest value recorded, exact; 0 when empty. */
    long max() {
        return max;
    }

    /**
     * The value below or at which {@code percent}% of the recorded values lie (nearest rank), as its bucket's
     * midpoint, but never above {@link #max()}; 0 when empty.
     */
    long percentile(double percent) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(valueOf(i), max);
            }
        }
        return max;
    }
}
