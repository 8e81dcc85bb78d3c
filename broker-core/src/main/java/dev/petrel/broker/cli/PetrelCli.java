package dev.petrel.broker.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code petrel} command: runs the broker ({@code broker}), sends or receives test traffic
 * ({@code produce}, {@code consume}) and measures throughput and latency ({@code perf}). Exit codes: 0 success,
 * 1 a failure while running (for example a JMS error), 2 a usage or configuration mistake.
 */
@Command(name = "petrel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs the Petrel broker and sends or receives messages from the command line.",
        subcommands = {BrokerCommand.class, ProduceCommand.class, ConsumeCommand.class, PerfCommand.class,
            UserCommand.class, QueueCommand.class, DlqCommand.class, BrowseCommand.class, TopicCommand.class,
            SubscriptionCommand.class, ConnectionCommand.class, TxCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./petrel broker",
            "      Run the broker with conf/broker.xml, data under data/.",
            "  ./petrel broker --port 61617 --data /tmp/petrel-2",
            "      A second broker beside the first.",
            "  ./petrel produce --count 100000",
            "      Send 100000 persistent 1 KiB messages to the queue orders.",
            "  ./petrel consume --count 100000 --timeout 5s",
            "      Receive them; give up after 5 s without a message.",
            "  ./petrel consume --topic prices --count 10",
            "  ./petrel produce --topic prices --count 10 --text --size 100",
            "      A topic: start the subscriber first, a topic message reaches only",
            "      the subscribers running when it is sent.",
            "  ./petrel perf --queue perf --producers 4 --duration 30s",
            "      Load test: 4 producers, 1 consumer, figures every second and at the end.",
            "  ./petrel user add alice --role producers",
            "      Create a user (asks for the password) for <security anonymous=\"false\"/>.",
            "  ./petrel queue list",
            "      Every queue of the running broker: depth, consumers, counts, oldest message.",
            "  ./petrel queue move orders orders.retry --selector \"region = 'EU'\"",
            "      Move the matching messages; also: queue stat|purge NAME.",
            "  ./petrel browse orders --count 5",
            "      Look at the first 5 waiting messages without consuming them.",
            "  ./petrel dlq retry DLQ.orders",
            "      Send dead letters back to the queue they came from.",
            "  ./petrel topic list; ./petrel subscription list|remove CLIENTID:NAME",
            "  ./petrel connection list; ./petrel connection close petrel-7",
            "      Topics, durable subscriptions, client connections (close one). These talk",
            "      to the broker over JMX (--jmx-url, default 127.0.0.1:1099), which",
            "      conf/broker.xml's <management remote=\"true\"> opens.",
            "  ./petrel help produce",
            "      Every option of a command."})
public final class PetrelCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Runs the command line and exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("broker")) {
            // A broker restart waits for this: picocli's model of all the commands costs about 0.1 s more than
            // the broker command's alone. Same usage, messages and exit codes.
            System.exit(new CommandLine(new BrokerCommand()).setCommandName("petrel broker")
                    .execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(new CommandLine(new PetrelCli()).execute(args));
    }

    /** Without a subcommand there is nothing to do: a usage error that lists the commands. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: broker, produce, consume, perf, user, "
                + "queue, dlq, browse, topic, subscription or connection");
    }
}
