package dev.petrel.broker.cli;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

/**
 * One queue consumer or non-durable topic subscriber of {@code petrel perf} with its own connection: receives
 * until the run tells it to stop, records each message's latency (receipt minus the send stamp) into the
 * warm-up or the measured recorder, and commits or acknowledges every {@code --tx-batch} messages in those
 * modes. Messages of other runs (no or another run id) are consumed and only counted as foreign.
 *
 * <p>Opened (and subscribed) on the command's thread before any producer starts, so a topic subscriber sees
 * every message; then owned by its own thread ({@code petrel-perf-consumer-N}). Other threads only read the
 * recorders, {@link #foreign()} and {@link #lastReceipt()}.
 */
final class PerfConsumer implements AutoCloseable {

    /** How long one receive() waits before checking whether the run is over. */
    private static final long POLL_MILLIS = 100;

    private final String name;
    private final Connection connection;
    private final Session session;
    private final MessageConsumer consumer;
    private final PerfSettings settings;
    private final LatencyRecorder warmup = new LatencyRecorder();
    private final LatencyRecorder measured = new LatencyRecorder();
    private volatile long foreign;
    private volatile long lastReceipt;

    /** Opens the connection, session and consumer and starts delivery; {@code number} counts from 1. */
    PerfConsumer(int number, ClientOptions client, PerfSettings settings) throws JMSException {
        this.name = "consumer " + number;
        this.settings = settings;
        this.connection = client.connect();
        try {
            session = settings.ack().open(connection);
            consumer = session.createConsumer(client.destination(session));
            connection.start();
        } catch (JMSException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Starts receiving on a thread of its own. */
    Thread start(PerfTraffic traffic) {
        Thread thread = new Thread(() -> run(traffic), "petrel-perf-" + name.replace(' ', '-'));
        thread.start();
        return thread;
    }

    LatencyRecorder warmupRecorder() {
        return warmup;
    }

    LatencyRecorder measuredRecorder() {
        return measured;
    }

    /** Messages that were not sent by this run. */
    long foreign() {
        return foreign;
    }

    /** {@code System.nanoTime()} of the last measured receipt, or 0. */
    long lastReceipt() {
        return lastReceipt;
    }

    private void run(PerfTraffic traffic) {
        try {
            receiveAll(traffic);
        } catch (JMSException | JMSRuntimeException e) {
            traffic.fail(name, e);
        }
    }

    private void receiveAll(PerfTraffic traffic) throws JMSException {
        Message last = null;
        int inBatch = 0;
        while (!traffic.consumersStopped()) {
            Message message = consumer.receive(POLL_MILLIS);
            if (message == null) {
                continue;
            }
            record(message, traffic.measureStart());
            last = message;
            if (++inBatch == settings.batch()) {
                settings.ack().endReceipts(session, message);
                inBatch = 0;
            }
        }
        if (inBatch > 0 && traffic.failure() == null) {
            settings.ack().endReceipts(session, last);
        }
    }

    private void record(Message message, long measureStart) throws JMSException {
        long now = System.nanoTime();
        // Properties are read as objects: a foreign message without them must not throw NumberFormatException.
        if (!(message.getObjectProperty(PerfSettings.RUN_ID) instanceof Long runId) || runId != settings.runId()
                || !(message.getObjectProperty(PerfSettings.SENT_AT) instanceof Long sentAt)) {
            foreign++; // only this thread writes it
            return;
        }
        if (sentAt >= measureStart) {
            measured.record(now - sentAt);
            lastReceipt = now;
        } else {
            warmup.record(now - sentAt);
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
