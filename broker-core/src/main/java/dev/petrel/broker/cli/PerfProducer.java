package dev.petrel.broker.cli;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

/**
 * One producer of {@code petrel perf} with its own connection: sends {@code --size}-byte BytesMessages
 * stamped with the send time and the run id until the run's budget is spent, committing every
 * {@code --tx-batch} sends when transacted. Opened on the command's thread, then owned by its own thread
 * ({@code petrel-perf-producer-N}) until {@link #close()}.
 */
final class PerfProducer implements AutoCloseable {

    private final String name;
    private final Connection connection;
    private final Session session;
    private final MessageProducer producer;
    private final PerfSettings settings;
    private final byte[] payload;

    /** Opens the connection, session and producer; {@code number} counts from 1. */
    PerfProducer(int number, ClientOptions client, PerfSettings settings) throws JMSException {
        this.name = "producer " + number;
        this.settings = settings;
        this.payload = ProduceCommand.payload(settings.size());
        this.connection = client.connect();
        try {
            session = settings.ack().open(connection);
            producer = session.createProducer(client.destination(session));
            producer.setDeliveryMode(settings.persistent() ? DeliveryMode.PERSISTENT : DeliveryMode.NON_PERSISTENT);
        } catch (JMSException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Starts sending on a thread of its own. */
    Thread start(PerfTraffic traffic) {
        Thread thread = new Thread(() -> run(traffic), "petrel-perf-" + name.replace(' ', '-'));
        thread.start();
        return thread;
    }

    private void run(PerfTraffic traffic) {
        try {
            sendAll(traffic);
        } catch (JMSException | JMSRuntimeException e) {
            traffic.fail(name, e);
        }
    }

    private void sendAll(PerfTraffic traffic) throws JMSException {
        int inBatch = 0;
        while (!traffic.producersStopped()) {
            traffic.pace();
            long sentAt = System.nanoTime();
            boolean measured = sentAt >= traffic.measureStart();
            if (measured && !traffic.claim(sentAt)) {
                break;
            }
            producer.send(message(sentAt, settings.runId()));
            traffic.sent(measured);
            if (++inBatch == settings.batch()) {
                settings.ack().endSends(session);
                inBatch = 0;
            }
        }
        if (inBatch > 0 && !traffic.producersStopped()) {
            settings.ack().endSends(session);
        }
    }

    private BytesMessage message(long sentAt, long runId) throws JMSException {
        BytesMessage message = session.createBytesMessage();
        message.writeBytes(payload);
        message.setLongProperty(PerfSettings.SENT_AT, sentAt);
        message.setLongProperty(PerfSettings.RUN_ID, runId);
        return message;
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
