/**
 * Queues and topics as actors. Each destination owns its mutable state (pending messages, consumers, credit,
 * in-flight deliveries) and touches it only on its own {@link dev.petrel.broker.destination.SerialExecutor};
 * the methods that must run there are named {@code onXxx} and assert it. Other threads talk to a destination
 * only by submitting to its executor through its public non-{@code on} methods.
 *
 * <p>Nothing here knows Netty or frames beyond handing {@code Deliver} values to a
 * {@link dev.petrel.broker.destination.DeliveryTarget}.
 */
package dev.petrel.broker.destination;
