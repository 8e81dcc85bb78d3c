package dev.petrel.broker.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts the messages and payload bytes of one {@code produce} or {@code consume} run, prints a progress line
 * to standard error every second ({@code sent 41000/100000 (41%), 40873 msgs/s}) and formats the summary
 * printed at the end. The command's thread calls {@link #record}; the ticker thread
 * ({@code petrel-progress}) only reads the atomic counters and owns {@code lastMessages}/{@code lastNanos}.
 */
final class Progress implements AutoCloseable {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

    private final String verb;
    private final long target;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final ScheduledExecutorService ticker;
    private long lastMessages;
    private long lastNanos;

    private Progress(String verb, long target, PrintWriter err, LongSupplier nanoTime) {
        this.verb = verb;
        this.target = target;
        this.err = err;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.lastNanos = startNanos;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "petrel-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts counting and printing progress lines to {@code err}.
     *
     * @param verb   what happens to the messages, {@code sent} or {@code received}
     * @param target how many messages the run is meant to move
     */
    static Progress start(String verb, long target, PrintWriter err) {
        Progress progress = new Progress(verb, target, err, System::nanoTime);
        progress.ticker.scheduleAtFixedRate(progress::printLine, 1, 1, TimeUnit.SECONDS);
        return progress;
    }

    /** Counts one message with {@code payloadBytes} of body. */
    void record(long payloadBytes) {
        bytes.addAndGet(payloadBytes);
        messages.incrementAndGet();
    }

    long messages() {
        return messages.get();
    }

    /** {@code sent 100000 messages in 2.41 s: 41494 msgs/s, 40.5 MiB/s} for the run so far. */
    String summary() {
        return summary(verb, messages.get(), bytes.get(), nanoTime.getAsLong() - startNanos);
    }

    /** Stops the progress lines. */
    @Override
    public void close() {
        ticker.shutdownNow();
    }

    static String summary(String verb, long messages, long bytes, long nanos) {
        double seconds = Math.max(nanos, 1) / NANOS_PER_SECOND;
        return String.format(Locale.ROOT, "%s %d messages in %.2f s: %.0f msgs/s, %.1f MiB/s", verb, messages,
                seconds, messages / seconds, bytes / BYTES_PER_MIB / seconds);
    }

    static String line(String verb, long messages, long target, long deltaMessages, long deltaNanos) {
        double rate = deltaMessages / (Math.max(deltaNanos, 1) / NANOS_PER_SECOND);
        return String.format(Locale.ROOT, "%s %d/%d (%d%%), %.0f msgs/s", verb, messages, target,
                target == 0 ? 100 : messages * 100 / target, rate);
    }

    private void printLine() {
        long now = nanoTime.getAsLong();
        long count = messages.get();
        err.println(line(verb, count, target, count - lastMessages, now - lastNanos));
        err.flush();
        lastMessages = count;
        lastNanos = now;
    }
}
