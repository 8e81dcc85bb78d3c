package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The latency histogram: exact where it can be, within its stated error elsewhere, and mergeable. */
class LatencyHistogramTest {

    @Test
    void smallValuesAreExact() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long value = 1; value <= 100; value++) {
            histogram.record(value);
        }

        assertThat(histogram.count()).isEqualTo(100);
        assertThat(histogram.percentile(50)).isEqualTo(50);
        assertThat(histogram.percentile(99)).isEqualTo(99);
        assertThat(histogram.percentile(100)).isEqualTo(100);
        assertThat(histogram.max()).isEqualTo(100);
    }

    @Test
    void percentilesOfKnownDataAreWithinHalfABucket() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long micros = 1; micros <= 10_000; micros++) {
            histogram.record(micros * 1_000);
        }

        assertThat(histogram.percentile(50)).isCloseTo(5_000_000L, within(5_000_000L / 256));
        assertThat(histogram.percentile(99)).isCloseTo(9_900_000L, within(9_900_000L / 256));
        assertThat(histogram.percentile(99.9)).isCloseTo(9_990_000L, within(9_990_000L / 256));
        assertThat(histogram.max()).isEqualTo(10_000_000L);
    }

    @Test
    void everyValueReadsBackWithinOneIn256() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            long value = random.nextLong(1, Long.MAX_VALUE >>> random.nextInt(1, 60));
            long readBack = LatencyHistogram.valueOf(LatencyHistogram.bucketOf(value));

            assertThat((double) Math.abs(readBack - value)).isLessThanOrEqualTo(value / 256.0);
        }
        assertThat(LatencyHistogram.bucketOf(Long.MAX_VALUE)).isEqualTo(LatencyHistogram.BUCKETS - 1);
        assertThat(LatencyHistogram.bucketOf(-5)).isZero();
    }

    @Test
    void percentilesOfRandomDataMatchTheSortedValues() {
        SplittableRandom random = new SplittableRandom(7);
        long[] values = random.longs(50_000, 10_000, 50_000_000).toArray();
        LatencyHistogram histogram = new LatencyHistogram();
        Arrays.stream(values).forEach(histogram::record);
        Arrays.sort(values);

        for (double percent : new double[] {50, 90, 99, 99.9}) {
            long exact = values[(int) Math.ceil(percent / 100 * values.length) - 1];
            assertThat(histogram.percentile(percent)).as("p%s", percent).isCloseTo(exact, within(exact / 256 + 1));
        }
    }

    @Test
    void mergedHistogramsEqualOneThatSawEverything() {
        LatencyHistogram first = new LatencyHistogram();
        LatencyHistogram second = new LatencyHistogram();
        LatencyHistogram both = new LatencyHistogram();
        for (long value = 1_000; value < 2_000_000; value += 997) {
            (value % 3 == 0 ? first : second).record(value);
            both.record(value);
        }

        first.add(second);

        assertThat(first.count()).isEqualTo(both.count());
        assertThat(first.max()).isEqualTo(both.max());
        for (double percent : new double[] {1, 50, 99, 99.9, 100}) {
            assertThat(first.percentile(percent)).isEqualTo(both.percentile(percent));
        }
    }

    @Test
    void sinceAnEarlierSnapshotHoldsOnlyTheNewValues() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < 1_000; i++) {
            recorder.record(1_000_000);
        }
        LatencyHistogram earlier = recorder.snapshot();
        for (int i = 0; i < 10; i++) {
            recorder.record(5_000);
        }

        LatencyHistogram interval = recorder.snapshot().since(earlier);

        assertThat(recorder.count()).isEqualTo(1_010);
        assertThat(interval.count()).isEqualTo(10);
        assertThat(interval.percentile(99)).isCloseTo(5_000L, within(5_000L / 256));
    }

    @Test
    void emptyHistogramReadsZero() {
        LatencyHistogram empty = new LatencyHistogram();

        assertThat(empty.count()).isZero();
        assertThat(empty.percentile(99)).isZero();
        assertThat(empty.max()).isZero();
    }
}
