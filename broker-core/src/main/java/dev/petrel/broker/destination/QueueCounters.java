package dev.petrel.broker.destination;

/**
 * What happened to the messages of one queue or subscription since the broker started, counted where it happens
 * as plain fields (no atomics, no volatile: the hot path pays an increment). Owned by the executor of the
 * destination that holds the queue; management reads them only through a snapshot taken there
 * ({@link MessageQueue#onStats}).
 */
final class QueueCounters {

    /** Messages taken in by a send (or a move into the queue). */
    long enqueued;
    /** Messages acknowledged by a consumer. */
    long dequeued;
    /** Messages dropped or moved because they expired. */
    long expired;
    /** Messages moved to a dead-letter queue (or dropped as exhausted). */
    long deadLettered;
    /** Messages an administrator purged or moved away. */
    long removedByAdmin;
    /** Messages the store held for the queue at start. */
    long restored;

    /** Messages the queue holds now (waiting, scheduled, in memory or only in the store, or in flight). */
    long held() {
        return restored + enqueued - dequeued - expired - deadLettered - removedByAdmin;
    }
}
