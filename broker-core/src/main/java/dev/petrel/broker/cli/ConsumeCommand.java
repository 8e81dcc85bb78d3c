package dev.petrel.broker.cli;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code petrel consume}: receives {@code --count} messages from a queue or topic, showing progress on
 * standard error and a summary on standard output. Exit code 0 when all arrived; 1 when none arrived for
 * {@code --timeout} before that (saying how many did), or on a JMS failure.
 */
@Command(name = "consume", mixinStandardHelpOptions = true,
        description = "Receives messages from a queue (default: orders) or topic and reports the rate.")
final class ConsumeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100000", converter = ValueConverters.Count.class,
            description = "How many messages to receive (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = ValueConverters.Time.class,
            description = {"Give up (exit code 1) when no message arrives for this long: 500ms, 3s, 2m.",
                "Default, like 0: wait forever."})
    Duration timeout;

    @Override
    public Integer call() {
        try (Connection connection = client.connect()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(client.destination(session));
            connection.start();
            return receive(consumer);
        } catch (JMSException | JMSRuntimeException e) {
            return ErrorReport.print(spec, e, ExitCode.SOFTWARE);
        }
    }

    private int receive(MessageConsumer consumer) throws JMSException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("receiving %d messages from %s%n", count, client.describe());
        err.flush();
        long waitMillis = timeout == null ? 0 : timeout.toMillis(); // 0: receive() waits forever
        try (Progress progress = Progress.start("received", count, err)) {
            while (progress.messages() < count) {
                Message message = consumer.receive(waitMillis);
                if (message == null) {
                    err.println(gaveUp(progress.messages()));
                    out.println(progress.summary());
                    out.flush();
                    return ExitCode.SOFTWARE;
                }
                progress.record(payloadBytes(message));
            }
            out.println(progress.summary());
            out.flush();
            return ExitCode.OK;
        }
    }

    private String gaveUp(long received) {
        String why = timeout == null || timeout.isZero() ? "the consumer was closed"
                : "no message arrived for " + timeout.toMillis() + "ms";
        return spec.qualifiedName() + ": received " + received + " of " + count + " messages; " + why;
    }

    private static long payloadBytes(Message message) throws JMSException {
        if (message instanceof BytesMessage bytes) {
            return bytes.getBodyLength();
        }
        if (message instanceof TextMessage text && text.getText() != null) {
            return text.getText().length();
        }
        return 0;
    }
}
