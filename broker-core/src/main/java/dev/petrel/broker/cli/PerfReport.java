package dev.petrel.broker.cli;

import java.util.Locale;

/**
 * What {@code petrel perf} prints: the per-second line, the summary on standard output and the JSON of
 * {@code --json}. Rates are messages per second of wall time, throughput is payload bytes in MiB/s (binary
 * units, as everywhere in Petrel), latencies carry their unit. Stateless.
 */
final class PerfReport {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double NANOS_PER_MICRO = 1e3;
    private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

    private PerfReport() {
    }

    /** {@code 12s: sent 25010/s, received 24990/s, latency p50 1.23 ms, p99 4.56 ms}, for one interval. */
    static String line(long elapsedSeconds, boolean warmup, long sent, long deltaNanos, LatencyHistogram interval) {
        double seconds = Math.max(deltaNanos, 1) / NANOS_PER_SECOND;
        String latency = interval.count() == 0 ? "latency -"
                : "latency p50 " + duration(interval.percentile(50)) + ", p99 " + duration(interval.percentile(99));
        return String.format(Locale.ROOT, "%s%ds: sent %.0f/s, received %.0f/s, %s", warmup ? "warm-up " : "",
                elapsedSeconds, sent / seconds, interval.count() / seconds, latency);
    }

    /** The summary lines: a header, sent, received, latency, and foreign messages if any arrived. */
    static String summary(String header, PerfResult result, int size) {
        StringBuilder text = new StringBuilder(header).append(System.lineSeparator());
        text.append(Progress.summary("sent", result.sent(), result.sent() * size, result.sendNanos()))
                .append(System.lineSeparator());
        text.append(Progress.summary("received", result.received(), result.received() * size,
                result.receiveNanos()));
        if (result.topic() && result.consumers() > 1) {
            text.append(String.format(Locale.ROOT, " (%.0f msgs/s per subscriber)",
                    result.received() / seconds(result.receiveNanos()) / result.consumers()));
        }
        LatencyHistogram latency = result.latency();
        text.append(System.lineSeparator()).append(latency.count() == 0 ? "latency -" : "latency p50 "
                + duration(latency.percentile(50)) + ", p99 " + duration(latency.percentile(99)) + ", p99.9 "
                + duration(latency.percentile(99.9)) + ", max " + duration(latency.max()));
        if (result.foreign() > 0) {
            text.append(System.lineSeparator()).append("ignored ").append(result.foreign())
                    .append(" messages not sent by this run");
        }
        return text.toString();
    }

    /** The final figures as one JSON object, latencies in microseconds. */
    static String json(String destination, String settings, PerfResult result, int size) {
        LatencyHistogram latency = result.latency();
        return String.format(Locale.ROOT, "{\"destination\": \"%s\", \"settings\": \"%s\", \"sent\": %d, "
                + "\"received\": %d, \"expected\": %d, \"foreign\": %d, \"sendSeconds\": %.3f, "
                + "\"receiveSeconds\": %.3f, \"sentPerSecond\": %.1f, \"receivedPerSecond\": %.1f, "
                + "\"receivedMiBPerSecond\": %.3f, \"latencyMicros\": {\"count\": %d, \"p50\": %.1f, "
                + "\"p99\": %.1f, \"p999\": %.1f, \"max\": %.1f}}%n", escape(destination), escape(settings),
                result.sent(), result.received(), result.expected(), result.foreign(),
                seconds(result.sendNanos()), seconds(result.receiveNanos()),
                result.sent() / seconds(result.sendNanos()), result.received() / seconds(result.receiveNanos()),
                result.received() * (double) size / BYTES_PER_MIB / seconds(result.receiveNanos()),
                latency.count(), micros(latency.percentile(50)), micros(latency.percentile(99)),
                micros(latency.percentile(99.9)), micros(latency.max()));
    }

    /** {@code 850 µs}, {@code 12.35 ms}, {@code 1.52 s}: three significant digits or so, with the unit. */
    static String duration(long nanos) {
        if (nanos < 10_000) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / NANOS_PER_MICRO);
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f µs", nanos / NANOS_PER_MICRO);
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / NANOS_PER_SECOND);
    }

    private static double seconds(long nanos) {
        return Math.max(nanos, 1) / NANOS_PER_SECOND;
    }

    private static double micros(long nanos) {
        return nanos / NANOS_PER_MICRO;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
