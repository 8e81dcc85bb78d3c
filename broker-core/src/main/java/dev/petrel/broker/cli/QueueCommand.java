package dev.petrel.broker.cli;

import dev.petrel.broker.management.ObjectNames;
import dev.petrel.protocol.DestinationRef;
import java.io.PrintWriter;
import java.util.List;
import javax.management.ObjectName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code petrel queue list|stat|purge|move}: looks at and repairs the queues of a running broker over JMX. */
@Command(name = "queue", description = "Lists, inspects, purges and moves the queues of a running broker (JMX).",
        subcommands = {QueueCommand.ListQueues.class, QueueCommand.Stat.class, QueueCommand.Purge.class,
            QueueCommand.Move.class})
final class QueueCommand extends GroupCommand {

    static final String[] STAT = {"Depth", "ConsumerCount", "EnqueuedCount", "DequeuedCount", "InFlightCount",
        "OldestMessageAgeMillis", "ExpiredCount", "DeadLetteredCount", "InMemoryCount", "MemoryUsedBytes", "Paused"};

    /** The queue's MBean, which must exist. */
    static ObjectName queue(JmxClient client, String name) {
        return client.require(ObjectNames.destination(client.broker(), DestinationRef.queue(name)),
                "queue '" + name + "'");
    }

    @Command(name = "list", description = "One line per queue: depth, consumers, counts, oldest message age.")
    static final class ListQueues extends JmxCommand {
        @Override
        void run(JmxClient client, PrintWriter out) {
            out.printf("%-40s %10s %9s %10s %10s %10s%n", "QUEUE", "DEPTH", "CONSUMERS", "ENQUEUED", "DEQUEUED",
                    "OLDEST");
            for (ObjectName name : client.names(ObjectNames.destinations(client.broker(),
                    DestinationRef.Kind.QUEUE), "destination")) {
                List<Object> v = client.attributes(name, STAT);
                out.printf("%-40s %10d %9d %10d %10d %10s%n", ObjectNames.value(name, "destination"), v.get(0),
                        v.get(1), v.get(2), v.get(3), age((Long) v.get(5)));
            }
        }
    }

    @Command(name = "stat", description = "Every statistic of one queue.")
    static final class Stat extends JmxCommand {
        @Parameters(paramLabel = "QUEUE")
        String queue;

        @Override
        void run(JmxClient client, PrintWriter out) {
            List<Object> v = client.attributes(queue(client, queue), STAT);
            out.printf("queue %s%n", queue);
            for (int i = 0; i < STAT.length; i++) {
                out.printf("  %-24s %s%n", STAT[i], v.get(i));
            }
        }
    }

    @Command(name = "purge", description = "Deletes every waiting message of a queue (from the store too).")
    static final class Purge extends JmxCommand {
        @Parameters(paramLabel = "QUEUE")
        String queue;

        @Override
        void run(JmxClient client, PrintWriter out) {
            Object n = client.invoke(queue(client, queue), "purge", new Object[0], new String[0]);
            out.printf("purged %s messages from queue %s%n", n, queue);
        }
    }

    @Command(name = "move", description = "Moves the waiting messages of one queue (those a selector matches) to "
            + "another queue, in one store transaction.")
    static final class Move extends JmxCommand {
        @Parameters(index = "0", paramLabel = "FROM")
        String from;
        @Parameters(index = "1", paramLabel = "TO")
        String to;
        @Option(names = "--selector", paramLabel = "S", description = "Only the messages this JMS selector matches.")
        String selector;

        @Override
        void run(JmxClient client, PrintWriter out) {
            Object n = client.invoke(queue(client, from), "moveMessages", new Object[] {selector, to},
                    new String[] {String.class.getName(), String.class.getName()});
            out.printf("moved %s messages from queue %s to queue %s%n", n, from, to);
        }
    }

    /** {@code 1h02m}, {@code 4m10s}, {@code 12s}, or {@code -} for none. */
    static String age(long millis) {
        if (millis <= 0) {
            return "-";
        }
        long s = millis / 1000;
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }

}
