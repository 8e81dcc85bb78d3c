package dev.petrel.broker.cli;

import jakarta.jms.JMSException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The state the threads of one {@code petrel perf} run share: the measuring window, the send budget, the
 * sent counters, the pacer, the first failure and the signal that ends the consumers. Thread-safe; every
 * field is final, atomic or volatile.
 *
 * <p>Whether a message counts is decided once, by its send time: sent at or after {@link #measureStart()}
 * it is counted by the producer and, on arrival, by the consumer; sent during the warm-up it is counted by
 * neither, whenever it arrives.
 */
final class PerfTraffic {

    private final PerfSettings settings;
    private final long measureStart;
    private final long measureEnd;
    private final AtomicLong tickets;
    private final LongAdder warmupSent = new LongAdder();
    private final LongAdder measuredSent = new LongAdder();
    private final Pacer pacer;
    private final AtomicReference<JMSException> failure = new AtomicReference<>();
    private volatile boolean consumersStopping;

    /** Starts the clock of a run whose warm-up begins at {@code startNanos} ({@code System.nanoTime()}). */
    PerfTraffic(PerfSettings settings, long startNanos) {
        this.settings = settings;
        this.measureStart = startNanos + settings.warmup().toNanos();
        this.measureEnd = settings.count() > 0 ? Long.MAX_VALUE : measureStart + settings.duration().toNanos();
        this.tickets = new AtomicLong(settings.count());
        this.pacer = new Pacer(settings.rate());
    }

    PerfSettings settings() {
        return settings;
    }

    long measureStart() {
        return measureStart;
    }

    /** Waits for the producer's next slot under {@code --rate}. */
    void pace() {
        pacer.await();
    }

    /**
     * Whether a producer may send a measured message stamped {@code sentAt}: before the end of
     * {@code --duration}, or while {@code --count} has some left (then it takes one).
     */
    boolean claim(long sentAt) {
        if (settings.count() > 0) {
            return tickets.getAndDecrement() > 0;
        }
        return sentAt < measureEnd;
    }

    /** Counts one message sent, measured or in the warm-up. */
    void sent(boolean measured) {
        (measured ? measuredSent : warmupSent).increment();
    }

    long measuredSent() {
        return measuredSent.sum();
    }

    /** Everything sent so far, warm-up included: for the per-second lines. */
    long allSent() {
        return measuredSent.sum() + warmupSent.sum();
    }

    /** Records the first failure of any thread, naming the thread's role, and stops everyone. */
    void fail(String who, Exception e) {
        JMSException named = new JMSException(who + ": " + ErrorReport.describe(e));
        named.initCause(e);
        failure.compareAndSet(null, named);
    }

    /** The first failure of any thread, or null. */
    JMSException failure() {
        return failure.get();
    }

    /** Producers stop on a failure anywhere. */
    boolean producersStopped() {
        return failure.get() != null;
    }

    /** Tells the consumers to finish their batch and end: everything expected arrived or will not. */
    void stopConsumers() {
        consumersStopping = true;
    }

    boolean consumersStopped() {
        return consumersStopping || failure.get() != null;
    }
}
