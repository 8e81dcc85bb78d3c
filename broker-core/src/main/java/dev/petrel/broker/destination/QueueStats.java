package dev.petrel.broker.destination;

/**
 * A snapshot of one queue or subscription, taken on its destination's executor.
 *
 * @param depth            messages waiting for a consumer (in memory or only in the store), not in flight
 * @param inMemory         of those, the ones held in memory
 * @param enqueued         messages taken in since the broker started
 * @param dequeued         messages acknowledged since the broker started
 * @param expired          messages that expired before a consumer took them
 * @param deadLettered     messages moved to a dead-letter queue (or dropped as exhausted)
 * @param inFlight         messages delivered and not yet acknowledged
 * @param consumers        consumers attached now
 * @param oldestAgeMillis  how long ago the oldest waiting message in memory was sent (its JMSTimestamp), 0 when none
 * @param memoryBytes      encoded bytes of the messages held in memory (waiting and in flight)
 * @param paused           whether an administrator paused its dispatch
 */
public record QueueStats(long depth, long inMemory, long enqueued, long dequeued, long expired, long deadLettered,
        long inFlight, int consumers, long oldestAgeMillis, long memoryBytes, boolean paused) {
}
