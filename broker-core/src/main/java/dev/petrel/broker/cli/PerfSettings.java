package dev.petrel.broker.cli;

import java.time.Duration;

/**
 * What one {@code petrel perf} run does, fixed before it starts; immutable, shared by every thread of the run.
 *
 * @param size       body bytes of each message
 * @param persistent persistent or non-persistent delivery
 * @param ack        the session mode of producers and consumers
 * @param batch      messages per commit (transacted) or per {@code acknowledge()} (client mode)
 * @param count      measured messages to send in all, or 0 to send for {@code duration}
 * @param duration   how long to send after the warm-up when {@code count} is 0
 * @param warmup     how long to send before measuring; that traffic is not counted
 * @param rate       messages per second across all producers, 0 for as fast as they can
 * @param runId      marks this run's messages, so that leftovers of an earlier run on the queue are not counted
 */
record PerfSettings(int size, boolean persistent, AckMode ack, int batch, long count, Duration duration,
        Duration warmup, long rate, long runId) {

    /** The long property holding {@code System.nanoTime()} at send; latency is measured against it. */
    static final String SENT_AT = "perf_t0";
    /** The long property holding {@link #runId}. */
    static final String RUN_ID = "perf_run";

    /** {@code 4 producers, 1 consumer, persistent 1024-byte messages, ack auto} for the headers. */
    String describe(int producers, int consumers, boolean topic) {
        return String.format("%d producer%s, %d %s%s, %s %d-byte messages, ack %s%s", producers,
                producers == 1 ? "" : "s", consumers, topic ? "subscriber" : "consumer", consumers == 1 ? "" : "s",
                persistent ? "persistent" : "non-persistent", size, ack.option(),
                ack.transacted() || ack == AckMode.CLIENT ? " every " + batch : "");
    }
}
