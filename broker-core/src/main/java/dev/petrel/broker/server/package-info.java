/**
 * The broker's network edge: Netty acceptors for TCP and for in-JVM {@code vm://} clients, and one
 * {@link dev.petrel.broker.server.ClientConnection} per client that turns frames into plain calls on
 * destinations and consumers. Code here runs on Netty event loops and never blocks; it never touches a
 * destination's state, only submits to it.
 */
package dev.petrel.broker.server;
