package dev.petrel.broker.cli;

import java.util.function.Function;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --jmx-url} for the commands that manage a running broker, and the run of such a command: connect,
 * do, print, and exit 1 with one plain line on any failure. Mixed into each command.
 */
final class JmxOptions {

    @Option(names = "--jmx-url", paramLabel = "URL", defaultValue = JmxClient.DEFAULT_URL,
            description = "The broker's JMX URL (default: ${DEFAULT-VALUE}, what conf/broker.xml's <management> "
                    + "opens).")
    String url;

    /** Runs {@code work} against the broker; returns its exit code, or 1 after printing the failure. */
    int run(CommandSpec spec, Function<JmxClient, Integer> work) {
        try (JmxClient client = JmxClient.connect(url)) {
            return work.apply(client);
        } catch (RuntimeException e) {
            // the message says it all; the JMX wrappers behind it only repeat it
            return ErrorReport.print(spec, new IllegalStateException(e.getMessage()), ExitCode.SOFTWARE);
        }
    }
}
