/**
 * The Jakarta Messaging API implemented: {@link dev.petrel.jms.PetrelConnectionFactory} and the connections,
 * sessions, producers, consumers, messages and destinations it leads to, plus the typed connection URI
 * ({@link dev.petrel.jms.ConnectionOptions}) and the one map from wire error codes to JMS exceptions
 * ({@link dev.petrel.jms.JmsExceptions}).
 *
 * <p>What belongs here: the JMS objects and the rules of the specification they enforce (header and
 * property semantics, acknowledgement, start/stop, serial delivery per session). What does not: frames,
 * channels and anything Netty — the objects reach the broker only through
 * {@link dev.petrel.jms.client.BrokerClient}, so that failover can wrap it — and any broker type. No class
 * here constructs {@code java.lang.UnsupportedOperationException}; a feature not yet built throws a
 * {@link jakarta.jms.JMSException} saying so (an architecture test enforces both).
 *
 * <p>Threads: a connection is thread-safe; a session and what it creates are used by one thread at a time
 * (Jakarta Messaging 3.1 §2.14). Each session runs its listeners on its own serial delivery thread; the IO
 * thread only queues deliveries. Each class with mutable state says in its javadoc who owns it.
 */
package dev.petrel.jms;
