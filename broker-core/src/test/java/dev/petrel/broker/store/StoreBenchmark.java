package dev.petrel.broker.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures in docs/store.md, printed, never asserted. Run from broker-core after {@code mvn test-compile
 * dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.petrel.broker.store.StoreBenchmark throughput DIR 10
 * java ... StoreBenchmark fill DIR 1000000
 * java -Xmx64m ... StoreBenchmark recover DIR
 * </pre>
 * {@code throughput} measures persistent sends of 1 KiB (an AddMessage and an AddReference, each waiting for
 * its commit like a producer waits for its receipt) with 1 and 4 concurrent submitters.
 */
public final class StoreBenchmark {

    private static final String QUEUE = "queue:bench";

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[1]);
        switch (args[0]) {
            case "throughput" -> {
                for (int submitters : new int[] {1, 4}) {
                    throughput(directory.resolve("t" + submitters), submitters, Integer.parseInt(args[2]));
                }
            }
            case "fill" -> {
                long started = System.nanoTime();
                try (MessageStore store = JdbcMessageStore.open(StoreOptions.hsqldb(directory))) {
                    StoreLoad.fill(store, QUEUE, Integer.parseInt(args[2]), 1024);
                }
                System.out.printf("fill: %s messages of 1 KiB in %d ms%n", args[2], millisSince(started));
            }
            case "recover" -> recover(directory);
            default -> throw new IllegalArgumentException("throughput|fill|recover, not " + args[0]);
        }
    }

    private static void throughput(Path directory, int submitters, int seconds) {
        try (JdbcMessageStore store = JdbcMessageStore.open(StoreOptions.hsqldb(directory))) {
            store.submit(List.of(new StoreOp.AddQueue(QUEUE))).join();
            AtomicLong sends = new AtomicLong();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long commitsBefore = store.commitCount();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < submitters; i++) {
                threads.add(new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        store.submit(StoreTestData.send(store.nextStoreId(), QUEUE, 1024)).join();
                        sends.incrementAndGet();
                    }
                }));
            }
            threads.forEach(Thread::start);
            threads.forEach(StoreFixtureThreads::joinUninterruptibly);
            long commits = store.commitCount() - commitsBefore;
            System.out.printf("throughput: %d submitter(s): %d sends/s, %d commits/s, %.1f sends per commit%n",
                    submitters, sends.get() / seconds, commits / seconds, sends.get() / (double) commits);
        }
    }

    private static void recover(Path directory) {
        long started = System.nanoTime();
        try (MessageStore store = JdbcMessageStore.open(StoreOptions.hsqldb(directory))) {
            RecoveredState state = store.recover();
            long recovered = millisSince(started);
            StoreLoad.Drain drain = StoreLoad.drain(store, QUEUE, 1000);
            System.out.printf("recover: open + queue list %d ms for %d messages; paging all references and bodies "
                    + "(%d MB) %d ms; peak heap used %d MB of max %d MB%n", recovered, state.messageCount(),
                    drain.bodyBytes() >> 20, drain.millis(), drain.peakHeapBytes() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
