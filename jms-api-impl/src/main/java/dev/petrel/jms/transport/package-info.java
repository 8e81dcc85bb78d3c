/**
 * The client's pipes to a broker: Netty channels over TCP or, for {@code vm://}, an in-JVM local channel. A
 * {@link dev.petrel.jms.transport.Transport} carries frames and reports what arrives to one
 * {@link dev.petrel.jms.transport.FrameListener}; it knows bytes, frames and liveness (heartbeats), nothing of
 * JMS. Reconnecting is not done here: that is the failover client's job.
 */
package dev.petrel.jms.transport;
