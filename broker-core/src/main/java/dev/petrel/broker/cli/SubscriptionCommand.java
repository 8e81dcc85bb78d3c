package dev.petrel.broker.cli;

import dev.petrel.broker.management.ObjectNames;
import java.io.PrintWriter;
import java.util.List;
import javax.management.ObjectName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code petrel subscription list|remove}: the durable subscriptions of a running broker. */
@Command(name = "subscription", description = "Lists or removes durable subscriptions of a running broker (JMX).",
        subcommands = {SubscriptionCommand.ListSubscriptions.class, SubscriptionCommand.Remove.class})
final class SubscriptionCommand extends GroupCommand {

    @Command(name = "list", description = "One line per durable subscription; KEY is CLIENTID:NAME (:NAME when "
            + "shared without client ID).")
    static final class ListSubscriptions extends JmxCommand {
        @Override
        void run(JmxClient client, PrintWriter out) {
            out.printf("%-30s %-25s %10s %9s  %s%n", "KEY", "TOPIC", "PENDING", "CONSUMERS", "SELECTOR");
            for (ObjectName name : client.names(ObjectNames.subscriptions(client.broker()), "subscription")) {
                List<Object> v = client.attributes(name, "Topic", "PendingCount", "ActiveConsumerCount",
                        "Selector");
                out.printf("%-30s %-25s %10d %9d  %s%n", ObjectNames.value(name, "subscription"), v.get(0),
                        v.get(1), v.get(2), v.get(3));
            }
        }
    }

    @Command(name = "remove", description = "Deletes a durable subscription and its messages; refused while it "
            + "has an active consumer.")
    static final class Remove extends JmxCommand {
        @Parameters(paramLabel = "KEY", description = "CLIENTID:NAME as subscription list shows it.")
        String key;

        @Override
        void run(JmxClient client, PrintWriter out) {
            List<ObjectName> found = client.names(ObjectNames.subscriptions(client.broker()), "subscription")
                    .stream().filter(n -> key.equals(ObjectNames.value(n, "subscription"))).toList();
            if (found.isEmpty()) {
                throw new IllegalArgumentException("durable subscription '" + key + "' does not exist on broker '"
                        + client.broker() + "'");
            }
            client.invoke(found.get(0), "remove", new Object[0], new String[0]);
            out.printf("removed durable subscription %s%n", key);
        }
    }
}
