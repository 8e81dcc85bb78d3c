package dev.petrel.broker.management;

/**
 * One durable subscription:
 * {@code dev.petrel:type=Broker,name=<broker>,destinationType=Topic,destination=<topic>,subscription=<clientId:name>}.
 */
public interface SubscriptionMXBean {

    String getTopic();

    /** Empty for a shared subscription without client ID. */
    String getClientId();

    String getSubscriptionName();

    /** Empty when it has none. */
    String getSelector();

    boolean isShared();

    /** Messages waiting for its consumers. */
    long getPendingCount();

    long getInFlightCount();

    int getActiveConsumerCount();

    /** Deletes it with its messages; refused while it has an active consumer. */
    void remove();
}
