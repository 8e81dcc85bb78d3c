package dev.petrel.broker.management;

import java.util.List;

/**
 * One queue: {@code dev.petrel:type=Broker,name=<broker>,destinationType=Queue,destination=<name>}. Each attribute
 * read takes a snapshot on the queue's executor; operations run there too.
 */
public interface QueueMXBean {

    String getName();

    /** Messages waiting for a consumer (in memory or only in the store); in-flight ones not counted. */
    long getDepth();

    /** Of the waiting messages, those held in memory. */
    long getInMemoryCount();

    long getEnqueuedCount();

    long getDequeuedCount();

    long getExpiredCount();

    long getDeadLetteredCount();

    /** Delivered and not yet acknowledged. */
    long getInFlightCount();

    int getConsumerCount();

    /** Age of the oldest waiting message in memory, by its JMSTimestamp; 0 when none waits. */
    long getOldestMessageAgeMillis();

    /** Encoded bytes of the waiting messages held in memory. */
    long getMemoryUsedBytes();

    boolean isPaused();

    /** Deletes every waiting message (from the store too); returns how many. */
    int purge();

    /**
     * Moves the waiting messages {@code selector} matches (empty or null: all) to the queue {@code target}
     * (created if needed); returns how many.
     */
    int moveMessages(String selector, String target);

    /** Sends each message of this dead-letter queue back to its PETREL_ORIGINAL_DESTINATION; returns how many. */
    int retryDeadLetters();

    /** The first {@code max} waiting messages in memory that {@code selector} (empty or null: all) matches. */
    List<MessageView> browse(String selector, int max);

    /** Stops dispatch to consumers; messages are still taken. */
    void pause();

    void resume();
}
