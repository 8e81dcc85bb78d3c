package dev.petrel.broker.cli;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code petrel produce}: sends {@code --count} messages of {@code --size} bytes to a queue or topic, showing
 * progress on standard error and a summary (messages, seconds, msgs/s, MiB/s) on standard output. Sends are
 * asynchronous within a window, so a persistent stream is not bound to one disk sync per message. Exit code
 * 0 when the broker confirmed every message, 1 on a JMS failure.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Sends messages to a queue (default: orders) or topic and reports the rate.")
final class ProduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100000", converter = ValueConverters.Count.class,
            description = "How many messages to send (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--size", paramLabel = "BYTES", defaultValue = "1024", converter = ValueConverters.Size.class,
            description = "Body size of each message: 1024, 64KiB, 1MiB (default: ${DEFAULT-VALUE}).")
    int size;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Delivery delivery;

    @Option(names = "--text", description = "Send TextMessages of --size ASCII characters instead of BytesMessages.")
    boolean text;

    @Option(names = "--window", paramLabel = "N", defaultValue = "1000", converter = ValueConverters.Count.class,
            description = "Sends the broker has not confirmed yet, at most (asynchronous sends, so persistent"
                    + " messages share disk syncs); 1 waits for each send (default: ${DEFAULT-VALUE}).")
    long window;

    /** {@code --persistent} (the default) or {@code --non-persistent}. */
    static final class Delivery {
        @Option(names = "--persistent", required = true, description = "Persistent messages (the default).")
        boolean persistent;

        @Option(names = "--non-persistent", required = true, description = "Non-persistent messages.")
        boolean nonPersistent;
    }

    @Override
    public Integer call() {
        try (Connection connection = client.connect()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(client.destination(session));
            producer.setDeliveryMode(nonPersistent() ? DeliveryMode.NON_PERSISTENT : DeliveryMode.PERSISTENT);
            send(session, producer);
            return ExitCode.OK;
        } catch (JMSException | JMSRuntimeException e) {
            return ErrorReport.print(spec, e, ExitCode.SOFTWARE);
        }
    }

    private void send(Session session, MessageProducer producer) throws JMSException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("sending %d %s %s messages of %d bytes to %s%n", count, nonPersistent() ? "non-persistent"
                : "persistent", text ? "text" : "bytes", size, client.describe());
        err.flush();
        byte[] payload = payload(size);
        String textPayload = text ? new String(payload, StandardCharsets.US_ASCII) : null;
        try (Progress progress = Progress.start("sent", count, err)) {
            SendWindow sends = new SendWindow((int) Math.min(window, Integer.MAX_VALUE));
            for (long i = 0; i < count; i++) {
                Message message = text ? session.createTextMessage(textPayload) : bytesMessage(session, payload);
                sends.send(producer, message);
                progress.record(size);
            }
            // the summary counts only what the broker confirmed holding
            sends.awaitAll();
            out.println(progress.summary());
            out.flush();
        }
    }

    private boolean nonPersistent() {
        return delivery != null && delivery.nonPersistent;
    }

    private static Message bytesMessage(Session session, byte[] payload) throws JMSException {
        BytesMessage message = session.createBytesMessage();
        message.writeBytes(payload);
        return message;
    }

    /** {@code size} printable ASCII bytes, {@code abc...xyzabc...}, usable as text and as bytes alike. */
    static byte[] payload(int size) {
        byte[] payload = new byte[size];
        for (int i = 0; i < size; i++) {
            payload[i] = (byte) ('a' + i % 26);
        }
        return payload;
    }
}
