package dev.petrel.broker.management;

import dev.petrel.broker.destination.QueueControl;
import dev.petrel.broker.destination.QueueStats;
import dev.petrel.protocol.DestinationRef;
import java.util.List;

/** The {@link QueueMXBean} of one queue, over its {@link QueueControl}. Thread-safe (stateless itself). */
final class QueueView implements QueueMXBean {

    private final QueueControl queue;

    QueueView(QueueControl queue) {
        this.queue = queue;
    }

    private QueueStats stats() {
        return Await.result(queue.stats(), "reading " + queue.ref());
    }

    @Override
    public String getName() {
        return queue.ref().name();
    }

    @Override
    public long getDepth() {
        return stats().depth();
    }

    @Override
    public long getInMemoryCount() {
        return stats().inMemory();
    }

    @Override
    public long getEnqueuedCount() {
        return stats().enqueued();
    }

    @Override
    public long getDequeuedCount() {
        return stats().dequeued();
    }

    @Override
    public long getExpiredCount() {
        return stats().expired();
    }

    @Override
    public long getDeadLetteredCount() {
        return stats().deadLettered();
    }

    @Override
    public long getInFlightCount() {
        return stats().inFlight();
    }

    @Override
    public int getConsumerCount() {
        return stats().consumers();
    }

    @Override
    public long getOldestMessageAgeMillis() {
        return stats().oldestAgeMillis();
    }

    @Override
    public long getMemoryUsedBytes() {
        return stats().memoryBytes();
    }

    @Override
    public boolean isPaused() {
        return stats().paused();
    }

    @Override
    public int purge() {
        return Await.result(queue.purge(), "purging " + queue.ref());
    }

    @Override
    public int moveMessages(String selector, String target) {
        String what = "moving messages of " + queue.ref() + " to queue://" + target;
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException(what + " failed: name a target queue");
        }
        return Await.result(Await.call(() -> queue.move(blankToNull(selector), DestinationRef.queue(target.strip())),
                what), what);
    }

    @Override
    public int retryDeadLetters() {
        return Await.result(queue.retryDeadLetters(), "retrying the dead letters of " + queue.ref());
    }

    @Override
    public List<MessageView> browse(String selector, int max) {
        String what = "browsing " + queue.ref();
        return Await.result(Await.call(() -> queue.browse(blankToNull(selector), Math.max(0, max)), what), what)
                .stream().map(MessageView::of).toList();
    }

    @Override
    public void pause() {
        Await.result(queue.pause(true), "pausing " + queue.ref());
    }

    @Override
    public void resume() {
        Await.result(queue.pause(false), "resuming " + queue.ref());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
