package dev.petrel.broker.management;

import dev.petrel.broker.destination.TopicControl;
import dev.petrel.broker.destination.TopicStats;

/** The {@link TopicMXBean} of one topic. Thread-safe (stateless itself). */
final class TopicView implements TopicMXBean {

    private final TopicControl topic;

    TopicView(TopicControl topic) {
        this.topic = topic;
    }

    private TopicStats stats() {
        return Await.result(topic.stats(), "reading " + topic.ref());
    }

    @Override
    public String getName() {
        return topic.ref().name();
    }

    @Override
    public int getSubscriptionCount() {
        return stats().subscriptions();
    }

    @Override
    public int getConsumerCount() {
        return stats().consumers();
    }

    @Override
    public long getPublishedCount() {
        return stats().published();
    }

    @Override
    public long getPendingCount() {
        return stats().pending();
    }

    @Override
    public long getInFlightCount() {
        return stats().inFlight();
    }

    @Override
    public long getMemoryUsedBytes() {
        return stats().memoryBytes();
    }
}
