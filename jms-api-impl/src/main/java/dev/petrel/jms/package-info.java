/**
 * The Jakarta Messaging API implemented: {@link dev.petrel.jms.PetrelConnectionFactory} and the connections,
 * sessions, producers, consumers, browsers, messages, destinations and JMSContexts it leads to, plus the typed
 * connection URI ({@link dev.petrel.jms.ConnectionOptions}).
 *
 * <p>What belongs here: the JMS objects and the rules of the specification they enforce (header and property
 * semantics, body types, acknowledgement modes and local transactions, start/stop, serial delivery per session,
 * asynchronous send, the domain rules of QueueSession and TopicSession, the simplified API). What does not:
 * frames, channels and anything Netty — the objects reach the broker only through
 * {@link dev.petrel.jms.client.BrokerClient}, so that failover can wrap it — and any broker type. Errors from
 * the broker are mapped in one place, {@link dev.petrel.jms.client.JmsExceptions}.
 *
 * <p>{@code java.lang.UnsupportedOperationException} is constructed in exactly one class,
 * {@link dev.petrel.jms.ProducerDestinationRule}, for the two cases the MessageProducer javadoc requires it; an
 * architecture test forbids it everywhere else. The optional application-server API (session listeners,
 * {@code Session.run}, connection consumers) answers with a {@link jakarta.jms.JMSException} saying so.
 *
 * <p>Threads: a connection is thread-safe; a session and what it creates are used by one thread at a time
 * (Jakarta Messaging 3.1 §2.14). Each session runs its listeners and completion callbacks on its own serial
 * delivery thread; the IO thread only queues deliveries. Each class with mutable state says in its javadoc who
 * owns it.
 */
package dev.petrel.jms;
