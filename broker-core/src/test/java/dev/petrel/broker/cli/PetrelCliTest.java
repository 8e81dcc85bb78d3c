package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.ExitCode;

/** Argument parsing of every command: usage mistakes exit with 2 and say what is wrong. */
class PetrelCliTest {

    @Test
    void helpListsTheCommandsAndExamples() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: petrel", "broker", "produce", "consume", "Examples:",
                "./petrel produce --count 100000");
    }

    @Test
    void versionNamesPetrel() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Petrel ");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Missing a command", "Usage: petrel");
    }

    @Test
    void aCommandGroupAloneNamesItsSubcommands() {
        CliRun queue = CliRun.of("queue");
        CliRun dlq = CliRun.of("dlq");

        assertThat(queue.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(queue.err()).contains("Missing a subcommand: list, stat, purge or move", "Usage: petrel queue");
        assertThat(dlq.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(dlq.err()).contains("Missing a subcommand: retry");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("produce", "--bogus");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown option: '--bogus'", "Usage: petrel produce");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("start");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("start");
    }

    @Test
    void queueAndTopicExcludeEachOther() {
        CliRun run = CliRun.of("consume", "--queue", "a", "--topic", "b");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void persistentAndNonPersistentExcludeEachOther() {
        CliRun run = CliRun.of("produce", "--persistent", "--non-persistent");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void durationWithoutUnitIsRefusedSayingWhatIsExpected() {
        CliRun run = CliRun.of("consume", "--timeout", "5");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--timeout", "'5'", "expected a duration such as 500ms");
    }

    @Test
    void sizeInDecimalUnitsIsRefusedSayingWhatIsExpected() {
        CliRun run = CliRun.of("produce", "--size", "1MB");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--size", "'1MB'", "expected a size such as");
    }

    @Test
    void negativeCountIsRefused() {
        CliRun run = CliRun.of("produce", "--count", "-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--count", "expected a number of messages, 0 or more");
    }

    @Test
    void portOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("broker", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--port", "70000", "0..65535");
    }

    @Test
    void sizesAndDurationsAcceptTheConfigFormats() {
        assertThat(new ValueConverters.Size().convert("64KiB")).isEqualTo(65536);
        assertThat(new ValueConverters.Time().convert("2m")).hasSeconds(120);
        assertThat(new ValueConverters.Count().convert("100000")).isEqualTo(100_000L);
    }
}
