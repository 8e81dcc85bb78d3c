package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.ConsumerInfo;
import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.jms.client.ProducerInfo;
import dev.petrel.jms.client.SessionInfo;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DestinationRef;
import jakarta.jms.Destination;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one session holds: its producers, consumers and browsers, its acknowledgements, its asynchronous sends,
 * and the one delivery thread ({@link SerialExecutor}) that runs their listeners and completion callbacks in
 * turn (Jakarta Messaging 3.1 §6.2.7). Creates and closes them against the broker; {@link PetrelSession} is the
 * JMS face over it.
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
    private final Set<PetrelQueueBrowser> browsers = ConcurrentHashMap.newKeySet();
    private final SessionAcknowledgements acks;
    private final CompletionCallbacks callbacks;
    private final TransactionContext transaction;
    private final PetrelMessage.Acknowledger acknowledger;

    SessionResources(PetrelConnection connection, SessionInfo info, PetrelMessage.Acknowledger acknowledger) {
        this.connection = connection;
        this.info = info;
        this.acknowledger = acknowledger;
        this.acks = new SessionAcknowledgements(info.ackMode(), connection::client, this::consumers,
                requestTimeoutMs(), prefetch());
        this.callbacks = new CompletionCallbacks(delivery, connection);
        this.transaction = new TransactionContext(info, connection::client, acks, callbacks, requestTimeoutMs());
    }

    BrokerClient client() {
        return connection.client();
    }

    SerialExecutor delivery() {
        return delivery;
    }

    SessionAcknowledgements acks() {
        return acks;
    }

    CompletionCallbacks callbacks() {
        return callbacks;
    }

    TransactionContext transaction() {
        return transaction;
    }

    long sessionId() {
        return info.sessionId();
    }

    long nextId() {
        return connection.nextId();
    }

    int prefetch() {
        return connection.options().prefetch();
    }

    TrustedPackages trustedPackages() {
        return connection.options().trustedPackages();
    }

    long requestTimeoutMs() {
        return connection.options().connectTimeoutMs();
    }

    Collection<PetrelMessageConsumer> consumers() {
        return List.copyOf(consumers);
    }

    /** The message object for a delivery to one of this session's consumers; acknowledge() acts on the session. */
    PetrelMessage toMessage(Deliver delivery) throws JMSException {
        PetrelMessage message = WireMessages.fromDelivery(delivery, trustedPackages());
        message.acknowledgeWith(acknowledger);
        return message;
    }

    PetrelMessageProducer openProducer(Destination destination) throws JMSException {
        ProducerInfo producer = new ProducerInfo(info.sessionId(), connection.nextId(),
                Destinations.toRefOrNull(destination));
        JmsExceptions.await(client().createProducer(producer), requestTimeoutMs(), "creating a producer");
        PetrelMessageProducer created = new PetrelMessageProducer(this, producer, destination, new MessageSender(
                client(), producer, info.ackMode() == jakarta.jms.Session.SESSION_TRANSACTED, callbacks,
                connection::nextMessageId, connection.clock()));
        producers.add(created);
        return created;
    }

    PetrelMessageConsumer openConsumer(Destination destination, String selector, boolean noLocal,
            ConsumerKind kind, String subscriptionName) throws JMSException {
        if (destination == null) {
            throw new InvalidDestinationException("cannot consume from a null destination");
        }
        DestinationRef ref = Destinations.toRef(destination);
        connection.temporaryDestinations().checkConsumable(ref);
        checkSubscription(kind, subscriptionName);
        ConsumerInfo consumerInfo = new ConsumerInfo(info.sessionId(), connection.nextId(), ref,
                selector == null || selector.isBlank() ? null : selector, noLocal, prefetch(), kind,
                subscriptionName);
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

    PetrelQueueBrowser openBrowser(Queue queue, String selector) throws JMSException {
        if (queue == null) {
            throw new InvalidDestinationException("cannot browse a null queue");
        }
        connection.temporaryDestinations().checkConsumable(Destinations.toRef(queue));
        PetrelQueueBrowser browser = new PetrelQueueBrowser(this, queue,
                selector == null || selector.isBlank() ? null : selector);
        browsers.add(browser);
        return browser;
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

    /** True when an open consumer of this session reads {@code ref}. */
    boolean consumes(DestinationRef ref) {
        return consumers.stream().anyMatch(c -> c.info().destination().equals(ref));
    }

    /** True when an open consumer of this session belongs to the durable subscription {@code name}. */
    boolean holdsSubscription(String name) {
        // only durable kinds: a shared non-durable subscription of the same name is a separate one (§8.3.2)
        return consumers.stream().anyMatch(c -> name.equals(c.info().subscriptionName())
                && (c.info().kind() == ConsumerKind.DURABLE || c.info().kind() == ConsumerKind.SHARED_DURABLE));
    }

    void forget(PetrelMessageConsumer consumer) {
        consumers.remove(consumer);
    }

    void forget(PetrelMessageProducer producer) {
        producers.remove(producer);
    }

    void forget(PetrelQueueBrowser browser) {
        browsers.remove(browser);
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

    /**
     * Waits for outstanding asynchronous sends, then closes every browser, consumer and producer and the
     * session on the broker (which rolls back a transaction in progress); waits for all of it.
     */
    void closeAll() throws JMSException {
        callbacks.awaitOutstanding();
        for (PetrelQueueBrowser browser : List.copyOf(browsers)) {
            browser.close();
        }
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
