package dev.petrel.broker.cli;

import dev.petrel.broker.management.ObjectNames;
import dev.petrel.protocol.DestinationRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.management.ObjectName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code petrel dlq retry [DLQ]}: sends dead letters back to the queues they came from. */
@Command(name = "dlq", description = "Works on dead-letter queues of a running broker (JMX).",
        subcommands = DlqCommand.Retry.class)
final class DlqCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a subcommand: retry");
    }

    @Command(name = "retry", description = "Moves each message of a dead-letter queue back to its "
            + "PETREL_ORIGINAL_DESTINATION. Without DLQ: every queue named DLQ or DLQ.*.")
    static final class Retry implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        JmxOptions jmx;
        @Parameters(arity = "0..1", paramLabel = "DLQ")
        String dlq;

        @Override
        public Integer call() {
            return jmx.run(spec, client -> {
                for (ObjectName queue : deadLetterQueues(client)) {
                    Object n = client.invoke(queue, "retryDeadLetters", new Object[0], new String[0]);
                    spec.commandLine().getOut().printf("retried %s messages from queue %s%n", n,
                            ObjectNames.value(queue, "destination")).flush();
                }
                return 0;
            });
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
