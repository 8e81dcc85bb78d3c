package dev.petrel.broker.tx;

import dev.petrel.broker.destination.MessageOrigin;

/**
 * What one session association did for an XA branch: its sends and acknowledgements, buffered in a
 * {@link LocalTransaction}, and the connection that did them. The session writes the transaction on its
 * connection's event loop while it is associated; once the association has ended (which the branch's monitor
 * orders before any completion) whichever connection completes the branch reads it.
 *
 * @param connectionId the connection whose session did the work
 * @param tx           the buffered work
 * @param origin       the sending connection, for no-local subscriptions
 */
public record BranchWork(String connectionId, LocalTransaction tx, MessageOrigin origin) {
}
