package dev.petrel.broker.destination;

/**
 * A snapshot of one topic, taken on its executor.
 *
 * @param subscriptions every subscription now: plain subscribers, durable and shared ones
 * @param consumers     consumers attached to them
 * @param published     messages published since the broker started
 * @param pending       messages waiting in all its subscriptions, in flight not counted
 * @param inFlight      messages delivered to its consumers and not yet acknowledged
 * @param memoryBytes   encoded bytes its subscriptions hold in memory
 */
public record TopicStats(int subscriptions, int consumers, long published, long pending, long inFlight,
        long memoryBytes) {
}
