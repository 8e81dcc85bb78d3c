package dev.petrel.broker.cli;

import jakarta.jms.JMSException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code petrel perf} run from start to figures: opens every consumer (so topic subscribers exist before
 * the first send), then every producer, runs them on their own threads with the per-second ticker, waits
 * for the producers to finish and for the consumers to receive what was sent (giving up once nothing has
 * arrived for the grace period), stops the consumers and closes every connection. Used once, by the
 * command's thread.
 */
final class PerfRun {

    private static final long POLL_MILLIS = 20;

    private final ClientOptions client;
    private final PerfSettings settings;
    private final int producerCount;
    private final int consumerCount;
    private final Duration grace;
    private final List<PerfConsumer> consumers = new ArrayList<>();
    private final List<PerfProducer> producers = new ArrayList<>();

    PerfRun(ClientOptions client, PerfSettings settings, int producerCount, int consumerCount, Duration grace) {
        this.client = client;
        this.settings = settings;
        this.producerCount = producerCount;
        this.consumerCount = consumerCount;
        this.grace = grace;
    }

    /** Runs to the end; a JMS failure of any producer or consumer ends the run and is thrown here. */
    PerfResult execute(PrintWriter err) throws JMSException, InterruptedException {
        Throwable pending = null;
        try {
            for (int i = 1; i <= consumerCount; i++) {
                consumers.add(new PerfConsumer(i, client, settings));
            }
            for (int i = 1; i <= producerCount; i++) {
                producers.add(new PerfProducer(i, client, settings));
            }
            return measure(err);
        } catch (Throwable t) {
            pending = t;
            throw t;
        } finally {
            closeAll(pending);
        }
    }

    private PerfResult measure(PrintWriter err) throws JMSException, InterruptedException {
        long start = System.nanoTime();
        PerfTraffic traffic = new PerfTraffic(settings, start);
        PerfTicker ticker = PerfTicker.start(traffic, consumers, err, start);
        try {
            List<Thread> receiving = consumers.stream().map(consumer -> consumer.start(traffic)).toList();
            List<Thread> sending = producers.stream().map(producer -> producer.start(traffic)).toList();
            joinAll(sending);
            long sendNanos = System.nanoTime() - traffic.measureStart();
            long expected = traffic.measuredSent() * (client.isTopic() ? consumerCount : Math.min(consumerCount, 1));
            awaitDelivery(traffic, expected);
            traffic.stopConsumers();
            joinAll(receiving);
            if (traffic.failure() != null) {
                throw traffic.failure();
            }
            return result(traffic, expected, sendNanos);
        } finally {
            ticker.close();
        }
    }

    /** Waits until {@code expected} measured messages arrived, or none arrived for the grace period. */
    private void awaitDelivery(PerfTraffic traffic, long expected) throws InterruptedException {
        long lastReceived = -1;
        long lastProgress = System.nanoTime();
        while (!traffic.consumersStopped()) {
            long received = received();
            long now = System.nanoTime();
            if (received >= expected || received == lastReceived && now - lastProgress >= grace.toNanos()) {
                return;
            }
            if (received != lastReceived) {
                lastReceived = received;
                lastProgress = now;
            }
            Thread.sleep(POLL_MILLIS); // polling a counter the consumers advance; nothing to signal on
        }
    }

    private long received() {
        return consumers.stream().mapToLong(consumer -> consumer.measuredRecorder().count()).sum();
    }

    private PerfResult result(PerfTraffic traffic, long expected, long sendNanos) {
        LatencyHistogram latency = PerfTicker.latencies(consumers, false);
        long lastReceipt = consumers.stream().mapToLong(PerfConsumer::lastReceipt).max().orElse(0);
        long receiveNanos = latency.count() == 0 ? 0 : lastReceipt - traffic.measureStart();
        long foreign = consumers.stream().mapToLong(PerfConsumer::foreign).sum();
        return new PerfResult(traffic.measuredSent(), latency.count(), expected, foreign, consumerCount,
                client.isTopic(), sendNanos, receiveNanos, latency);
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /**
     * Closes producers, then consumers. The first failure to close is thrown after all were tried, or added
     * to {@code pending}, the failure already on its way out, so that neither hides the other.
     */
    private void closeAll(Throwable pending) throws JMSException {
        JMSException first = null;
        for (AutoCloseable resource : closingOrder()) {
            try {
                resource.close();
            } catch (Exception e) {
                first = first == null ? asJms(e) : first;
            }
        }
        if (first != null && pending != null) {
            pending.addSuppressed(first);
        } else if (first != null) {
            throw first;
        }
    }

    private List<AutoCloseable> closingOrder() {
        List<AutoCloseable> all = new ArrayList<>(producers);
        all.addAll(consumers);
        return all;
    }

    private static JMSException asJms(Exception e) {
        if (e instanceof JMSException jms) {
            return jms;
        }
        JMSException wrapped = new JMSException("closing a connection failed: " + ErrorReport.describe(e));
        wrapped.initCause(e);
        return wrapped;
    }
}
