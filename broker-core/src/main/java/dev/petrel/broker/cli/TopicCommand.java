package dev.petrel.broker.cli;

import dev.petrel.broker.management.ObjectNames;
import dev.petrel.protocol.DestinationRef;
import java.io.PrintWriter;
import java.util.List;
import javax.management.ObjectName;
import picocli.CommandLine.Command;

/** {@code petrel topic list}: the topics of a running broker. */
@Command(name = "topic", description = "Lists the topics of a running broker (JMX).",
        subcommands = TopicCommand.ListTopics.class)
final class TopicCommand extends GroupCommand {

    @Command(name = "list", description = "One line per topic: subscriptions, consumers, published, pending.")
    static final class ListTopics extends JmxCommand {
        @Override
        void run(JmxClient client, PrintWriter out) {
            out.printf("%-40s %13s %9s %10s %10s%n", "TOPIC", "SUBSCRIPTIONS", "CONSUMERS", "PUBLISHED",
                    "PENDING");
            for (ObjectName name : client.names(ObjectNames.destinations(client.broker(),
                    DestinationRef.Kind.TOPIC), "destination")) {
                List<Object> v = client.attributes(name, "SubscriptionCount", "ConsumerCount", "PublishedCount",
                        "PendingCount");
                out.printf("%-40s %13d %9d %10d %10d%n", ObjectNames.value(name, "destination"), v.get(0),
                        v.get(1), v.get(2), v.get(3));
            }
        }
    }
}
