package dev.petrel.broker.management;

/** One topic: {@code dev.petrel:type=Broker,name=<broker>,destinationType=Topic,destination=<name>}. */
public interface TopicMXBean {

    String getName();

    /** Every subscription now: plain subscribers, durable and shared ones. */
    int getSubscriptionCount();

    int getConsumerCount();

    long getPublishedCount();

    /** Messages waiting in all its subscriptions. */
    long getPendingCount();

    long getInFlightCount();

    long getMemoryUsedBytes();
}
