package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.ConsumerInfo;
import dev.petrel.jms.client.ProducerInfo;
import dev.petrel.jms.client.SessionInfo;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import jakarta.jms.Destination;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one session holds: its producers and consumers, and the one delivery thread ({@link SerialExecutor})
 * that runs their listeners and completion callbacks in turn (Jakarta Messaging 3.1 §6.2.7). Creates and
 * closes them against the broker; {@link PetrelSession} is the JMS face over it.
 *
 * <p>Threads: the application's session thread creates; the connection may start, stop, fail or close from
 * another thread, so the sets are concurrent.
 */
final class SessionResources {

    private final PetrelConnection connection;
    private final SessionInfo info;
    private final SerialExecutor delivery = new SerialExecutor(DeliveryThreads.POOL);
    private final Set<PetrelMessageConsumer> consumers = ConcurrentHashMap.newKeySet();
    private final Set<PetrelMessageProducer> producers = ConcurrentHashMap.newKeySet();

    SessionResources(PetrelConnection connection, SessionInfo info) {
        this.connection = connection;
        this.info = info;
    }

    BrokerClient client() {
        return connection.client();
    }

    SerialExecutor delivery() {
        return delivery;
    }

    long requestTimeoutMs() {
        return connection.options().connectTimeoutMs();
    }

    PetrelMessageProducer openProducer(Destination destination) throws JMSException {
        ProducerInfo producer = new ProducerInfo(info.sessionId(), connection.nextId(),
                Destinations.toRefOrNull(destination));
        JmsExceptions.await(client().createProducer(producer), requestTimeoutMs(), "creating a producer");
        PetrelMessageProducer created = new PetrelMessageProducer(this, producer, destination, new MessageSender(
                client(), producer, delivery, connection::nextMessageId, connection.clock()));
        producers.add(created);
        return created;
    }

    PetrelMessageConsumer openConsumer(Destination destination, String selector, boolean noLocal,
            ConsumerKind kind, String subscriptionName) throws JMSException {
        if (destination == null) {
            throw new InvalidDestinationException("cannot consume from a null destination");
        }
        checkSubscription(kind, subscriptionName);
        ConsumerInfo consumerInfo = new ConsumerInfo(info.sessionId(), connection.nextId(),
                Destinations.toRef(destination), selector == null || selector.isBlank() ? null : selector,
                noLocal, connection.options().prefetch(), kind, subscriptionName);
        PetrelMessageConsumer consumer = new PetrelMessageConsumer(this, consumerInfo, destination,
                connection.isStarted());
        consumers.add(consumer);
        try {
            JmsExceptions.await(client().createConsumer(consumerInfo, consumer::onDeliver), requestTimeoutMs(),
                    "creating a consumer on " + destination);
        } catch (JMSException e) {
            consumers.remove(consumer);
            throw e;
        }
        return consumer;
    }

    private void checkSubscription(ConsumerKind kind, String name) throws JMSException {
        if (kind != ConsumerKind.PLAIN && (name == null || name.isBlank())) {
            throw new JMSException("a subscription name must not be null or blank");
        }
        if (kind == ConsumerKind.DURABLE && connection.getClientID() == null) {
            // Jakarta Messaging 3.1 §6.11.1: an unshared durable subscription is named by client ID and name.
            throw new IllegalStateException("a durable subscription needs the connection's client ID: set it with "
                    + "jms.clientID in the URI or Connection.setClientID, or use createSharedDurableConsumer");
        }
    }

    void forget(PetrelMessageConsumer consumer) {
        consumers.remove(consumer);
    }

    void forget(PetrelMessageProducer producer) {
        producers.remove(producer);
    }

    /** The connection started or stopped: open or close every consumer's gate (§6.1.5). */
    void start(boolean start) {
        consumers.forEach(c -> c.start(start));
    }

    /** The connection failed: blocked receives throw the cause; nothing more goes to the broker. */
    void onConnectionFailure(JMSException cause) {
        consumers.forEach(c -> c.onConnectionFailure(cause));
    }

    /** Waits until a listener running now has returned; later ones see the stopped gate (§6.1.5). */
    void awaitListenerIdle() throws JMSException {
        if (!delivery.inOwnerThread()) {
            JmsExceptions.await(delivery.barrier(), 0, "the running MessageListener to return");
        }
    }

    /** Closes every consumer and producer, then the session on the broker; waits for all of it. */
    void closeAll() throws JMSException {
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (PetrelMessageConsumer consumer : List.copyOf(consumers)) {
            closing.add(consumer.closeLocally());
        }
        for (PetrelMessageProducer producer : List.copyOf(producers)) {
            closing.add(producer.closeLocally());
        }
        closing.add(client().closeSession(info));
        JmsExceptions.await(CompletableFuture.allOf(closing.toArray(CompletableFuture<?>[]::new)),
                requestTimeoutMs(), "closing the session");
    }
}
