package dev.petrel.broker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers a backlog of 100,000 messages of 1 KiB the way a destination will: queue list first, then pages
 * of references with their bodies loaded per page. Logs the figures (docs/store.md quotes them); asserts
 * only completeness and order. The heap bound itself is shown by {@link StoreBenchmark} under {@code -Xmx64m}.
 */
class StoreRecoveryScaleTest {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRecoveryScaleTest.class);
    private static final int MESSAGES = 100_000;
    private static final String QUEUE = "queue:backlog";

    @TempDir
    Path directory;

    @Test
    @Timeout(60)
    void recoversAHundredThousandMessagesPageByPage() throws Exception {
        StoreOptions defaults = StoreOptions.hsqldb(directory);
        // Larger group commits than the default: the fill is set-up, and fewer log syncs keep the test short.
        StoreOptions bulk = new StoreOptions(defaults.jdbcUrl(), defaults.user(), defaults.password(), 8000,
                16 << 20, defaults.lazyWaitNanos(), defaults.lockFile());
        long started = System.nanoTime();
        try (MessageStore store = JdbcMessageStore.open(bulk)) {
            StoreLoad.fill(store, QUEUE, MESSAGES, 1024);
        }
        LOG.info("wrote {} messages of 1 KiB in {} ms", MESSAGES,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        long opened = System.nanoTime();
        try (MessageStore store = JdbcMessageStore.open(StoreOptions.hsqldb(directory))) {
            RecoveredState state = store.recover();
            long recovered = System.nanoTime();
            StoreLoad.Drain drain = StoreLoad.drain(store, QUEUE, 1000);
            LOG.info("open + recover {} ms; paged {} references and {} body bytes in {} ms; peak heap used {} MB",
                    TimeUnit.NANOSECONDS.toMillis(recovered - opened), drain.references(), drain.bodyBytes(),
                    drain.millis(), drain.peakHeapBytes() >> 20);
            assertThat(state.messageCount()).isEqualTo(MESSAGES);
            assertThat(drain.references()).isEqualTo(MESSAGES);
            assertThat(drain.bodyBytes()).isEqualTo(MESSAGES * 1024L);
            assertThat(store.nextStoreId()).isEqualTo(MESSAGES + 1);
        }
    }
}
