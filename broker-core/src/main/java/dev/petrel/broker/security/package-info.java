/**
 * Who may connect and what they may do: authentication through JAAS (with {@link
 * dev.petrel.broker.security.PropertiesLoginModule} over {@code users.properties} and {@code roles.properties}
 * as the default), the per-address slow-down of failed logins, authorization per destination and wildcard
 * pattern, {@code JMSXUserID}, and the TLS set-up of {@code ssl://} acceptors. The server package calls in at
 * the handshake and where producers, consumers and temporary destinations are created; nothing here touches a
 * destination's state. Blocking work (a JAAS login) runs on the {@code petrel-auth} threads, never on an event
 * loop.
 */
package dev.petrel.broker.security;
