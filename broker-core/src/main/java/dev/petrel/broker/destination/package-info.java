/**
 * Queues and topics as actors. Each destination owns its mutable state (pending and scheduled messages,
 * subscriptions, consumers, credit, in-flight deliveries, timers) and touches it only on its own
 * {@link dev.petrel.broker.destination.SerialExecutor}; the methods that must run there are named {@code onXxx}
 * and assert it. Other threads talk to a destination only by submitting to its executor through its public
 * non-{@code on} methods. The one exception is the broker-wide
 * {@link dev.petrel.broker.destination.SubscriptionRegistry}: a short lock owns the names and consumer counts of
 * durable and shared subscriptions and decides, in order, what to submit to the topics.
 *
 * <p>Time comes from a {@link dev.petrel.broker.destination.BrokerTime} (clock and scheduler) passed in, never
 * from the system directly. Nothing here knows Netty or frames beyond handing {@code Deliver} and
 * {@code BrowseEnd} values to a {@link dev.petrel.broker.destination.DeliveryTarget}.
 */
package dev.petrel.broker.destination;
