package dev.petrel.broker.cli;

import dev.petrel.broker.management.ObjectNames;
import dev.petrel.protocol.DestinationRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code petrel dlq retry [DLQ]}: sends dead letters back to the queues they came from. */
@Command(name = "dlq", description = "Works on dead-letter queues of a running broker (JMX).",
        subcommands = DlqCommand.Retry.class)
final class DlqCommand extends GroupCommand {

    @Command(name = "retry", description = "Moves each message of a dead-letter queue back to its "
            + "PETREL_ORIGINAL_DESTINATION. Without DLQ: every queue named DLQ or DLQ.*.")
    static final class Retry extends JmxCommand {
        @Parameters(arity = "0..1", paramLabel = "DLQ")
        String dlq;

        @Override
        void run(JmxClient client, PrintWriter out) {
            for (ObjectName queue : deadLetterQueues(client)) {
                Object n = client.invoke(queue, "retryDeadLetters", new Object[0], new String[0]);
                out.printf("retried %s messages from queue %s%n", n,
                        ObjectNames.value(queue, "destination"));
            }
        }

        private List<ObjectName> deadLetterQueues(JmxClient client) {
            if (dlq != null) {
                return List.of(QueueCommand.queue(client, dlq));
            }
            List<ObjectName> found = new ArrayList<>();
            for (ObjectName q : client.names(ObjectNames.destinations(client.broker(), DestinationRef.Kind.QUEUE),
                    "destination")) {
                String name = ObjectNames.value(q, "destination");
                if (name.equals("DLQ") || name.startsWith("DLQ.")) {
                    found.add(q);
                }
            }
            return found;
        }
    }
}
