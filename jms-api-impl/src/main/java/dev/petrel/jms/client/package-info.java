/**
 * The small interface between the JMS objects and the wire: {@link dev.petrel.jms.client.BrokerClient}, the
 * {@code *Info} values that describe each live resource, and its one implementation over a transport.
 *
 * <p>The JMS objects in {@code dev.petrel.jms} call only {@code BrokerClient}; they never touch a frame or a
 * channel. A failover client (later, in {@code dev.petrel.jms.failover}) implements the same interface around a
 * live one and recovers by replaying the {@code *Info} values it has seen, so no reconnect logic lives
 * anywhere else.
 */
package dev.petrel.jms.client;
