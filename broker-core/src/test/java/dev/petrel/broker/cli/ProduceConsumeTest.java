package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.Broker;
import dev.petrel.broker.BrokerExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ExitCode;

/**
 * {@code petrel produce} and {@code petrel consume} in this JVM against a real broker on a loopback ephemeral
 * port: messages move, the summaries say how many, and a consumer that runs dry exits 1 saying how many it got.
 */
@Timeout(60)
class ProduceConsumeTest {

    @TempDir
    Path data;

    private Broker broker;
    private String url;

    @BeforeEach
    void startBroker() {
        broker = Broker.start(BrokerExtension.onLoopback(data));
        url = BrokerExtension.url(broker);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void producedMessagesAreConsumed() {
        CliRun produce = CliRun.of("produce", "--url", url, "--queue", "cli.moves", "--count", "2000");
        CliRun consume = CliRun.of("consume", "--url", url, "--queue", "cli.moves", "--count", "2000",
                "--timeout", "10s");

        assertThat(produce.exitCode()).as(produce.err()).isEqualTo(ExitCode.OK);
        assertThat(produce.out()).startsWith("sent 2000 messages in ").contains("msgs/s", "MiB/s");
        assertThat(produce.err()).contains("sending 2000 persistent bytes messages of 1024 bytes to queue"
                + " 'cli.moves' at " + url);
        assertThat(consume.exitCode()).as(consume.err()).isEqualTo(ExitCode.OK);
        assertThat(consume.out()).startsWith("received 2000 messages in ");
    }

    @Test
    void consumerThatRunsDryExits1SayingHowManyArrived() {
        // few enough to stay within one page in memory: a page read on a busy machine must not look like "dry"
        CliRun produce = CliRun.of("produce", "--url", url, "--queue", "cli.dry", "--count", "200");
        CliRun consume = CliRun.of("consume", "--url", url, "--queue", "cli.dry", "--count", "201",
                "--timeout", "1s");

        assertThat(produce.exitCode()).as(produce.err()).isEqualTo(ExitCode.OK);
        assertThat(consume.exitCode()).isEqualTo(ExitCode.SOFTWARE);
        assertThat(consume.err()).contains("petrel consume: received 200 of 201 messages; no message arrived"
                + " for 1000ms");
        assertThat(consume.out()).startsWith("received 200 messages in ");
    }

    @Test
    void consumerOfAnEmptyQueueGetsNothing() {
        CliRun consume = CliRun.of("consume", "--url", url, "--queue", "cli.empty", "--count", "1",
                "--timeout", "200ms");

        assertThat(consume.exitCode()).isEqualTo(ExitCode.SOFTWARE);
        assertThat(consume.err()).contains("received 0 of 1 messages");
    }

    @Test
    void textMessagesNonPersistentToTheDefaultQueue() {
        CliRun produce = CliRun.of("produce", "--url", url, "--count", "50", "--size", "2KiB", "--text",
                "--non-persistent");
        CliRun consume = CliRun.of("consume", "--url", url, "--queue", ClientOptions.DEFAULT_QUEUE, "--count", "50",
                "--timeout", "10s");

        assertThat(produce.exitCode()).as(produce.err()).isEqualTo(ExitCode.OK);
        assertThat(produce.err()).contains("50 non-persistent text messages of 2048 bytes to queue 'orders'");
        assertThat(consume.exitCode()).as(consume.err()).isEqualTo(ExitCode.OK);
        assertThat(consume.out()).startsWith("received 50 messages in ");
    }

    @Test
    void noBrokerAtTheUrlExits1WithTheReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CliRun produce = CliRun.of("produce", "--url", "tcp://127.0.0.1:" + closedPort, "--count", "1");

        assertThat(produce.exitCode()).isEqualTo(ExitCode.SOFTWARE);
        assertThat(produce.err()).startsWith("petrel produce: ").contains(Integer.toString(closedPort))
                .doesNotContain("\tat ");
    }

    @Test
    void urlTheClientCannotParseIsRefused() {
        CliRun produce = CliRun.of("produce", "--url", "carrier-pigeon://coop", "--count", "1");

        assertThat(produce.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(produce.err()).startsWith("Invalid value for option '--url': ").contains("carrier-pigeon")
                .doesNotContain("\tat ");
    }
}
