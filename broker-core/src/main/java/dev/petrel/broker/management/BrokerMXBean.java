package dev.petrel.broker.management;

/** The broker: {@code dev.petrel:type=Broker,name=<broker>}. */
public interface BrokerMXBean {

    String getName();

    String getVersion();

    long getUptimeMillis();

    /** Client connections open now (network and in-JVM). */
    int getConnectionCount();

    int getQueueCount();

    int getTopicCount();

    int getDurableSubscriptionCount();

    /** Heap the JVM uses now, in bytes. */
    long getHeapUsedBytes();

    /** Bytes the store's files take on disk; 0 when persistence is off. */
    long getStoreSizeBytes();

    /** The URL remote JMX clients use, or empty when remote JMX is off. */
    String getJmxUrl();
}
