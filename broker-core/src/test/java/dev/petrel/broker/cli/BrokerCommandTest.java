package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.Broker;
import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ExitCode;

/**
 * {@code petrel broker}: configuration mistakes and busy ports exit with 2 and a one-line message; a good
 * configuration starts the broker, prints where it listens and hands it to the stop strategy (in tests, one
 * that closes it at once instead of waiting for the JVM to shut down).
 */
@Timeout(30)
class BrokerCommandTest {

    private static final String LOOPBACK_CONFIG = """
            <broker name="cli-test">
              <acceptors><acceptor name="tcp" uri="tcp://127.0.0.1:0"/></acceptors>
            </broker>
            """;

    @TempDir
    Path dir;

    private final AtomicReference<Broker> started = new AtomicReference<>();

    @Test
    void missingConfigFileExitsWith2NamingTheFile() {
        Path missing = dir.resolve("nowhere.xml");

        CliRun run = runBroker("--config", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("petrel broker: ").contains(missing.toString(), "does not exist")
                .doesNotContain("Exception", "\tat ");
        assertThat(started).hasValue(null);
    }

    @Test
    void brokenConfigFileExitsWith2NamingFileAndLine() throws IOException {
        Path file = write("broken.xml", "<broker>\n  <protocol maxFrameSize=\"lots\"/>\n</broker>\n");

        CliRun run = runBroker("--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(file.toString() + ":2:", "maxFrameSize").doesNotContain("\tat ");
    }

    @Test
    void configWithoutAcceptorsExitsWith2() throws IOException {
        Path file = write("vm-only.xml", "<broker><acceptors/></broker>");

        CliRun run = runBroker("--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no acceptor", "--port");
    }

    @Test
    void startsPrintsWhereItListensAndAppliesOverrides() throws IOException {
        Path file = write("broker.xml", LOOPBACK_CONFIG);
        Path data = dir.resolve("data");

        CliRun run = runBroker("--config", file.toString(), "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        Broker broker = started.get();
        assertThat(broker.config().name()).isEqualTo("cli-test");
        assertThat(broker.config().dataDirectory()).isEqualTo(data);
        assertThat(run.out()).contains("Petrel broker 'cli-test' listening on tcp://127.0.0.1:" + broker.port()
                + " (Ctrl-C to stop)");
    }

    @Test
    void withoutTheDefaultFileStartsWithTheBuiltInDefaults() {
        CliRun run = CliRun.of(cli -> {
            CliRun.brokerCommand(cli).untilStopped(this::recordAndClose);
            CliRun.brokerCommand(cli).defaultConfig(dir.resolve("conf").resolve("broker.xml"));
        }, "broker", "--port", "0", "--data", dir.resolve("data").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(started.get().config())
                .isEqualTo(BrokerConfig.defaults().withPort(0).withDataDirectory(dir.resolve("data")));
        assertThat(run.out()).contains("Petrel broker 'petrel' listening on tcp://0.0.0.0:");
    }

    @Test
    void portInUseExitsWith2SayingSo() throws IOException {
        Path file = write("broker.xml", LOOPBACK_CONFIG);
        try (Broker other = Broker.start(BrokerConfig.defaults()
                .withAcceptors(List.of(new AcceptorConfig("tcp", "127.0.0.1", 0))).withDataDirectory(dir))) {

            CliRun run = runBroker("--config", file.toString(), "--port", Integer.toString(other.port()));

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).startsWith("petrel broker: cannot listen on tcp://127.0.0.1:" + other.port())
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void relativeConfigPathIsResolvedAgainstTheUsersDirectory() throws IOException {
        write("mine.xml", LOOPBACK_CONFIG);
        String previous = System.setProperty(UserPaths.PROPERTY, dir.toString());
        try {
            CliRun run = runBroker("--config", "mine.xml");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(started.get().config().name()).isEqualTo("cli-test");
        } finally {
            restore(previous);
        }
    }

    /** Runs the broker command; its store goes into the test's directory unless the options name one. */
    private CliRun runBroker(String... options) {
        List<String> args = new ArrayList<>(List.of("broker"));
        args.addAll(List.of(options));
        if (!args.contains("--data")) {
            args.addAll(List.of("--data", dir.resolve("store-data").toString()));
        }
        return CliRun.of(cli -> CliRun.brokerCommand(cli).untilStopped(this::recordAndClose),
                args.toArray(new String[0]));
    }

    private void recordAndClose(Broker broker) {
        started.set(broker);
        broker.close();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(UserPaths.PROPERTY);
        } else {
            System.setProperty(UserPaths.PROPERTY, previous);
        }
    }
}
