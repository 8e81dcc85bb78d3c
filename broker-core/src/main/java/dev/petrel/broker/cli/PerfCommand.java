package dev.petrel.broker.cli;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code petrel perf}: a load test through the standard JMS API against any Petrel URL. Producers and
 * consumers (or topic subscribers), each on its own connection and thread, move {@code --size}-byte messages
 * for {@code --duration} or {@code --count} after a {@code --warmup}; a line per second goes to standard error
 * and a summary (messages, msgs/s, MiB/s, latency p50/p99/p99.9/max) to standard output, optionally as JSON
 * too. Latency is send to receipt, both clocks in this JVM. Exit code 0 when everything sent arrived, 1 when
 * some did not within {@code --grace} or on a JMS failure, 2 on a usage mistake.
 */
@Command(name = "perf", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures throughput and latency with producers and consumers against a broker.",
            "Latency: from send (a perf_t0 property stamped with this JVM's clock) to receipt."})
final class PerfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client = new ClientOptions(ClientOptions.PERF_QUEUE);

    @Option(names = "--size", paramLabel = "BYTES", defaultValue = "1KiB", converter = ValueConverters.Size.class,
            description = "Body size of each BytesMessage: 100, 1KiB, 64KiB (default: ${DEFAULT-VALUE}).")
    int size;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ProduceCommand.Delivery delivery;

    @Option(names = "--ack", paramLabel = "MODE", defaultValue = "auto", converter = AckMode.Converter.class,
            description = "Session mode of producers and consumers: auto, client, dups-ok, transacted"
                    + " (default: ${DEFAULT-VALUE}).")
    AckMode ack;

    @Option(names = "--tx-batch", paramLabel = "N", defaultValue = "100",
            description = "Commit (transacted) or acknowledge (client) every N messages (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--producers", paramLabel = "N", defaultValue = "1",
            description = "Producers, each with its own connection (default: ${DEFAULT-VALUE}).")
    int producers;

    @Option(names = {"--consumers", "--subscribers"}, paramLabel = "N", defaultValue = "1",
            description = {"Queue consumers, or non-durable subscribers of --topic, each with its own connection;",
                "0: send only (default: ${DEFAULT-VALUE})."})
    int consumers;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    End end;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "0",
            description = "At most N msgs/s across all producers; 0: as fast as they go (default: ${DEFAULT-VALUE}).")
    long rate;

    @Option(names = "--warmup", paramLabel = "DURATION", defaultValue = "5s", converter = ValueConverters.Time.class,
            description = "Send this long before measuring; that traffic is not counted (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "10s", converter = ValueConverters.Time.class,
            description = {"After the last send, wait for the rest until nothing arrived for this long",
                "(default: ${DEFAULT-VALUE}); what is still missing then makes the exit code 1."})
    Duration grace;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the final figures to FILE as JSON.")
    Path json;

    /** {@code --duration} (default 30s) or {@code --count}. */
    static final class End {
        @Option(names = "--duration", paramLabel = "DURATION", required = true, converter = ValueConverters.Time.class,
                description = "Measure for this long after the warm-up: 30s, 2m (default: 30s).")
        Duration duration;

        @Option(names = "--count", paramLabel = "N", required = true, converter = ValueConverters.Count.class,
                description = "Measure this many messages sent in all, instead of a duration.")
        long count;
    }

    @Override
    public Integer call() {
        PerfSettings settings = settings();
        PrintWriter err = spec.commandLine().getErr();
        String header = "perf: " + client.describe() + ", " + settings.describe(producers, consumers, client.isTopic());
        err.println(header + "; warm-up " + warmup.toMillis() + " ms, then " + (settings.count() > 0
                ? settings.count() + " messages" : settings.duration().toMillis() + " ms"));
        err.flush();
        try {
            PerfResult result = new PerfRun(client, settings, producers, consumers, grace).execute(err);
            return report(header, settings, result);
        } catch (JMSException | JMSRuntimeException e) {
            return ErrorReport.print(spec, e, ExitCode.SOFTWARE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ErrorReport.print(spec, e, ExitCode.SOFTWARE);
        }
    }

    private int report(String header, PerfSettings settings, PerfResult result) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(PerfReport.summary(header, result, size));
        out.flush();
        if (json != null && !writeJson(settings, result)) {
            return ExitCode.SOFTWARE;
        }
        if (!result.complete()) {
            return ErrorReport.print(spec, new IllegalStateException("received " + result.received() + " of "
                    + result.expected() + " messages; nothing more arrived for " + grace.toMillis() + " ms"),
                    ExitCode.SOFTWARE);
        }
        return ExitCode.OK;
    }

    private boolean writeJson(PerfSettings settings, PerfResult result) {
        Path file = UserPaths.resolve(json);
        String text = PerfReport.json(client.describe(), settings.describe(producers, consumers, client.isTopic()),
                result, size);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            ErrorReport.print(spec, new IOException("cannot write --json " + file + ": " + e.getMessage(), e), 1);
            return false;
        }
    }

    /** The settings, after the checks picocli's types cannot express (a mistake here is exit code 2). */
    private PerfSettings settings() {
        requireAtLeast("--producers", producers, 1);
        requireAtLeast("--consumers", consumers, 0);
        requireAtLeast("--tx-batch", batch, 1);
        requireAtLeast("--rate", rate, 0);
        long count = end == null ? 0 : end.count;
        Duration duration = end == null || end.duration == null ? Duration.ofSeconds(30) : end.duration;
        if (end != null && end.duration == null && count == 0) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1");
        }
        if (duration.isZero()) {
            throw new ParameterException(spec.commandLine(), "--duration must be longer than 0");
        }
        return new PerfSettings(size, delivery == null || !delivery.nonPersistent, ack, batch, count, duration,
                warmup, rate, new SecureRandom().nextLong());
    }

    private void requireAtLeast(String option, long value, long minimum) {
        if (value < minimum) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + minimum + ", not "
                    + value);
        }
    }
}
