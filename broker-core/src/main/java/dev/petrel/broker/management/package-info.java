/**
 * JMX management: MXBeans for the broker, its destinations, durable subscriptions and connections, registered in
 * the platform MBeanServer as they appear and unregistered as they go, and the optional remote connector server.
 * MBean calls read destination state only through snapshots taken on the destination's executor, and run their
 * operations there; nothing here is on a message's path. Must not hold broker state of its own beyond the
 * registrations.
 */
package dev.petrel.broker.management;
