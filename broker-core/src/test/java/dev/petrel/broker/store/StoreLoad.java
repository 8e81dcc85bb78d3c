package dev.petrel.broker.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Fills and drains stores for the scale test and the benchmark: what a destination would do at start, paging
 * through a backlog and loading each page's bodies, measured. Stateless.
 */
final class StoreLoad {

    /** What a full recovery read found and how long it took. */
    record Drain(long references, long bodyBytes, long millis, long peakHeapBytes) {
    }

    private StoreLoad() {
    }

    /** Writes {@code count} sends of {@code size} bytes to one queue, 500 per list, 8 lists in flight. */
    static void fill(MessageStore store, String queueKey, int count, int size) throws InterruptedException {
        store.submit(List.of(new StoreOp.AddQueue(queueKey))).join();
        Semaphore inFlight = new Semaphore(8);
        List<CompletableFuture<Void>> last = new ArrayList<>();
        for (int done = 0; done < count; ) {
            List<StoreOp> ops = new ArrayList<>();
            for (int i = 0; i < 500 && done < count; i++, done++) {
                ops.addAll(StoreTestData.send(store.nextStoreId(), queueKey, size));
            }
            inFlight.acquire();
            CompletableFuture<Void> f = store.submit(ops).whenComplete((ok, e) -> inFlight.release());
            last.add(f);
            last.removeIf(CompletableFuture::isDone);
        }
        CompletableFuture.allOf(last.toArray(CompletableFuture[]::new)).join();
    }

    /** Reads every reference of the queue in pages and loads each page's bodies, keeping none of them. */
    static Drain drain(MessageStore store, String queueKey, int pageSize) {
        long started = System.nanoTime();
        long references = 0;
        long bytes = 0;
        long peak = 0;
        long previous = 0;
        List<StoredReference> page;
        while (!(page = store.readReferences(queueKey, previous, pageSize)).isEmpty()) {
            List<Long> ids = page.stream().map(StoredReference::storeId).toList();
            for (StoredMessage m : store.loadMessages(queueKey, ids)) {
                bytes += m.encoded().length;
            }
            if (ids.get(0) <= previous) {
                throw new AssertionError("page out of order after " + previous);
            }
            references += page.size();
            previous = ids.get(ids.size() - 1);
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        return new Drain(references, bytes, (System.nanoTime() - started) / 1_000_000, peak);
    }
}
