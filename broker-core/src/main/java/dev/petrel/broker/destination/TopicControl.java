package dev.petrel.broker.destination;

import dev.petrel.protocol.DestinationRef;
import java.util.concurrent.CompletableFuture;

/** Management of one topic: its statistics, summed over its subscriptions on its executor. Thread-safe. */
public final class TopicControl {

    private final TopicDestination topic;

    TopicControl(TopicDestination topic) {
        this.topic = topic;
    }

    public DestinationRef ref() {
        return topic.ref();
    }

    public CompletableFuture<TopicStats> stats() {
        return OnExecutor.call(topic.executor(), () -> {
            int consumers = 0;
            long pending = 0;
            long inFlight = 0;
            long memory = 0;
            for (Subscription s : topic.subscriptions()) {
                QueueStats q = s.queue.onStats();
                consumers += q.consumers();
                pending += q.depth();
                inFlight += q.inFlight();
                memory += q.memoryBytes();
            }
            return new TopicStats(topic.subscriptions().size(), consumers, topic.publishedCount(), pending, inFlight,
                    memory);
        });
    }
}
