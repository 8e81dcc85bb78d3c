package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** The numbers an operator reads: progress lines and summaries. */
class ProgressTest {

    @Test
    void summaryGivesMessagesSecondsRateAndThroughput() {
        String summary = Progress.summary("sent", 100_000, 100_000L * 1024, 2_000_000_000L);

        assertThat(summary).isEqualTo("sent 100000 messages in 2.00 s: 50000 msgs/s, 48.8 MiB/s");
    }

    @Test
    void summaryOfAnInstantRunDoesNotDivideByZero() {
        assertThat(Progress.summary("received", 0, 0, 0)).startsWith("received 0 messages in 0.00 s: 0 msgs/s");
    }

    @Test
    void progressLineShowsShareOfTargetAndCurrentRate() {
        String line = Progress.line("received", 41_000, 100_000, 20_000, 500_000_000L);

        assertThat(line).isEqualTo("received 41000/100000 (41%), 40000 msgs/s");
    }

    @Test
    void recordCountsMessages() {
        try (Progress progress = Progress.start("sent", 2, new PrintWriter(Writer.nullWriter()))) {
            progress.record(10);
            progress.record(10);

            assertThat(progress.messages()).isEqualTo(2);
            assertThat(progress.summary()).startsWith("sent 2 messages in ");
        }
    }
}
