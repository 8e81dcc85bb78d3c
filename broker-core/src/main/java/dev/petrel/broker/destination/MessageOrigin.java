package dev.petrel.broker.destination;

/**
 * Who sent a message, as no-local subscriptions need it: a plain no-local subscriber skips messages of its
 * own connection, a durable one those of every connection with its client ID (Session.createDurableConsumer
 * javadoc).
 *
 * @param connectionId the broker's id of the sending connection
 * @param clientId     the JMS client ID of that connection, or null when it has none
 */
public record MessageOrigin(String connectionId, String clientId) {
}
