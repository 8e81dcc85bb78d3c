package dev.petrel.broker.cli;

import java.io.PrintWriter;
import javax.management.openmbean.CompositeData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code petrel browse QUEUE}: shows waiting messages without consuming them. */
@Command(name = "browse", description = "Shows the first waiting messages of a queue of a running broker (JMX): "
        + "headers, properties and the start of the body; nothing is consumed.")
final class BrowseCommand extends JmxCommand {

    @Parameters(paramLabel = "QUEUE")
    String queue;
    @Option(names = "--selector", paramLabel = "S", description = "Only the messages this JMS selector matches.")
    String selector;
    @Option(names = "--count", paramLabel = "N", defaultValue = "10",
            description = "How many messages at most (default: ${DEFAULT-VALUE}).")
    int count;

    @Override
    void run(JmxClient client, PrintWriter out) {
        Object[] messages = (Object[]) client.invoke(QueueCommand.queue(client, queue), "browse",
                new Object[] {selector, count}, new String[] {String.class.getName(), int.class.getName()});
        for (Object m : messages) {
            print(out, (CompositeData) m);
        }
        out.printf("%d message(s) shown from queue %s%n", messages.length, queue);
    }

    private static void print(PrintWriter out, CompositeData m) {
        out.printf("%s  priority=%s timestamp=%s persistent=%s expiration=%s%n", m.get("messageId"),
                m.get("priority"), java.time.Instant.ofEpochMilli((Long) m.get("timestamp")), m.get("persistent"),
                m.get("expiration"));
        for (String p : (String[]) m.get("properties")) {
            out.printf("  %s%n", p);
        }
        out.printf("  %s body, %s bytes: %s%n", m.get("bodyKind"), m.get("bodySize"), m.get("bodyPreview"));
    }
}
