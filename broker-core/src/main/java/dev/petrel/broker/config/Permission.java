package dev.petrel.broker.config;

import java.util.Locale;

/**
 * What an authorization rule grants a role on the destinations it matches. The attribute names in
 * {@code broker.xml} are the lower-case names.
 */
public enum Permission {
    /** Create a producer for the destination or send a message to it. */
    SEND,
    /** Create a consumer on the destination: a queue receiver or a topic subscriber, durable or not. */
    CONSUME,
    /** Create a browser on the queue. */
    BROWSE,
    /** Bring the destination into existence on first use (auto-create), or create a temporary destination. */
    CREATE,
    /** Purge, move or delete the destination (management operations). */
    ADMIN;

    /** The name used in broker.xml and in error messages: {@code send}, {@code consume}, … */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }
}
