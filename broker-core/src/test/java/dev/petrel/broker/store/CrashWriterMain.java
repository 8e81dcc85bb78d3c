package dev.petrel.broker.store;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The victim of {@link StoreCrashTest}: writes sends to one queue as fast as the store takes them, 16 in
 * flight, and prints {@code committed <id>} once each one's future has completed, until it is killed.
 */
public final class CrashWriterMain {

    private CrashWriterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        JdbcMessageStore store = JdbcMessageStore.open(StoreOptions.hsqldb(Path.of(args[0])));
        store.submit(List.of(new StoreOp.AddQueue(StoreCrashTest.QUEUE))).join();
        System.out.println("ready");
        Semaphore inFlight = new Semaphore(16);
        while (true) {
            inFlight.acquire();
            long id = store.nextStoreId();
            store.submit(StoreTestData.send(id, StoreCrashTest.QUEUE, 1024)).whenComplete((ok, failure) -> {
                inFlight.release();
                if (failure == null) {
                    System.out.println("committed " + id);
                }
            });
        }
    }
}
