package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.Broker;
import dev.petrel.broker.BrokerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ExitCode;

/**
 * {@code petrel perf}: option mistakes are usage errors (exit 2) before anything connects, and a short run in
 * this JVM against a real broker on an ephemeral loopback port prints every figure of the summary. No
 * assertion on timing: the figures depend on the machine.
 */
@Timeout(120)
class PerfCommandTest {

    @TempDir
    Path data;

    @Test
    void countAndDurationTogetherAreAUsageError() {
        CliRun run = CliRun.of("perf", "--count", "10", "--duration", "5s");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("mutually exclusive", "--count", "--duration");
    }

    @Test
    void queueAndTopicTogetherAreAUsageError() {
        CliRun run = CliRun.of("perf", "--queue", "q", "--topic", "t");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void unknownAckModeNamesTheAcceptedOnes() {
        CliRun run = CliRun.of("perf", "--ack", "sometimes");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("expected auto, client, dups-ok or transacted");
    }

    @Test
    void impossibleNumbersAreUsageErrors() {
        assertThat(CliRun.of("perf", "--producers", "0").err()).contains("--producers must be at least 1, not 0");
        assertThat(CliRun.of("perf", "--consumers", "-1").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("perf", "--tx-batch", "0").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("perf", "--count", "0").err()).contains("--count must be at least 1");
        assertThat(CliRun.of("perf", "--duration", "0").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("perf", "--size", "lots").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void shortRunPrintsEveryFigureAndExits0() throws IOException {
        Path json = data.resolve("perf.json");
        try (Broker broker = startBroker()) {
            CliRun run = CliRun.of("perf", "--url", "tcp://127.0.0.1:" + broker.port(), "--queue", "perf.test",
                    "--count", "2000", "--warmup", "0", "--producers", "2", "--json", json.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).startsWith("perf: queue 'perf.test' at tcp://127.0.0.1:" + broker.port()
                    + ", 2 producers, 1 consumer, persistent 1024-byte messages, ack auto");
            assertThat(run.out()).contains("sent 2000 messages in ", "received 2000 messages in ", "msgs/s",
                    "MiB/s", "latency p50 ", ", p99 ", ", p99.9 ", ", max ");
        }
        assertThat(Files.readString(json)).startsWith("{").contains("\"sent\": 2000", "\"received\": 2000",
                "\"latencyMicros\": {\"count\": 2000, \"p50\": ");
    }

    @Test
    void topicSubscribersEachReceiveEveryMessage() {
        try (Broker broker = startBroker()) {
            CliRun run = CliRun.of("perf", "--url", "tcp://127.0.0.1:" + broker.port(), "--topic", "perf.prices",
                    "--subscribers", "3", "--count", "500", "--warmup", "0", "--non-persistent");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("sent 500 messages", "received 1500 messages", "per subscriber");
        }
    }

    private Broker startBroker() {
        return Broker.start(BrokerExtension.onLoopback(data));
    }
}
