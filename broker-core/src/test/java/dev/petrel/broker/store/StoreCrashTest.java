package dev.petrel.broker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a writing JVM with SIGKILL (what {@code destroyForcibly} sends on Linux) in the middle of a stream of
 * group commits, then reopens its store: everything whose future had completed must be there, and every
 * list must be there whole or not at all.
 */
class StoreCrashTest {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCrashTest.class);
    static final String QUEUE = "queue:crash";
    private static final int COMMITTED_BEFORE_KILL = 2_000;

    @TempDir
    Path directory;

    @Test
    @Timeout(60)
    void everyCompletedWriteSurvivesKillMinus9() throws Exception {
        long started = System.nanoTime();
        Process writer = startWriter();
        Set<Long> committed = new HashSet<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; committed.size() < COMMITTED_BEFORE_KILL && (line = out.readLine()) != null; ) {
                if (line.startsWith("committed ")) {
                    committed.add(Long.parseLong(line.substring("committed ".length())));
                }
            }
            // destroyForcibly() also closes our end of its stdout: what we read so far is what we check.
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).as("writer killed").isTrue();
        }
        assertThat(committed).hasSizeGreaterThanOrEqualTo(COMMITTED_BEFORE_KILL);
        long killed = System.nanoTime();
        LOG.info("killed the writer after {} acknowledged sends, {} ms after its start", committed.size(),
                TimeUnit.NANOSECONDS.toMillis(killed - started));

        try (JdbcMessageStore store = JdbcMessageStore.open(StoreOptions.hsqldb(directory))) {
            LOG.info("reopened the killed store in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
            List<Long> recovered = new ArrayList<>();
            store.references(QUEUE, 1000).forEachRemaining(r -> recovered.add(r.storeId()));
            assertThat(recovered).containsAll(committed).isSorted();
            List<StoredMessage> bodies = store.loadMessages(QUEUE, recovered);
            assertThat(bodies).as("every reference has its message").hasSameSizeAs(recovered);
            assertThat(bodies.get(0).encoded()).hasSize(1024);
        }
    }

    private Process startWriter() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), directory.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
