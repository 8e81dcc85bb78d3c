package dev.petrel.jms.client;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.XaResult;
import dev.petrel.protocol.WireMessage;
import jakarta.jms.JMSException;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * Everything the JMS objects ask of a broker connection. Every method may be called from any thread. Each
 * returned future completes exactly once: normally when the broker confirmed, exceptionally with the
 * {@link JMSException} subtype that the broker's error code maps to, or with a {@link JMSException} when the
 * connection is lost first.
 */
public interface BrokerClient {

    /** What the handshake agreed. */
    ConnectionInfo connectionInfo();

    CompletableFuture<Void> createSession(SessionInfo session);

    /** Closes the session on the broker, with its producers and consumers. */
    CompletableFuture<Void> closeSession(SessionInfo session);

    CompletableFuture<Void> createProducer(ProducerInfo producer);

    CompletableFuture<Void> closeProducer(ProducerInfo producer);

    /** Opens a consumer; its deliveries go to {@code listener} from the moment the broker has it. */
    CompletableFuture<Void> createConsumer(ConsumerInfo consumer, DeliveryListener listener);

    /**
     * Closes a consumer. Unacknowledged deliveries up to {@code lastDeliveredId} return marked redelivered,
     * later ones (prefetched, never seen by the application) return unmarked.
     */
    CompletableFuture<Void> closeConsumer(ConsumerInfo consumer, long lastDeliveredId);

    /**
     * Sends a message. With {@code receipt} the future completes when the broker holds the message (durably
     * when persistent); without, it completes once the message is handed to the transport.
     */
    CompletableFuture<Void> send(ProducerInfo producer, WireMessage message, boolean receipt);

    /** Acknowledges the consumer's deliveries {@code first} to {@code last}, inclusive; no answer awaited. */
    void acknowledge(ConsumerInfo consumer, long first, long last);

    /**
     * Acknowledges the consumer's deliveries {@code first} to {@code last}, inclusive, and completes when the
     * broker has applied it ({@code Message.acknowledge} in CLIENT_ACKNOWLEDGE mode waits for it).
     */
    CompletableFuture<Void> acknowledgeConfirmed(ConsumerInfo consumer, long first, long last);

    /**
     * Takes back the consumer's unacknowledged deliveries (those up to {@code lastDeliveredId} come back marked
     * redelivered) and zeroes its credit; completes after every delivery made before it has arrived.
     */
    CompletableFuture<Void> recover(ConsumerInfo consumer, long lastDeliveredId);

    /** Commits the transacted session's transaction; fails with a TransactionRolledBackException if it could not. */
    CompletableFuture<Void> commit(SessionInfo session);

    /** Rolls back the transacted session's transaction; its consumed messages are taken back with {@link #recover}. */
    CompletableFuture<Void> rollback(SessionInfo session);

    /** Sets the connection's client ID after the handshake; fails with InvalidClientIDException when in use. */
    CompletableFuture<Void> setClientId(String clientId);

    /** Deletes the durable subscription {@code name} of this connection's client ID. */
    CompletableFuture<Void> unsubscribe(String subscriptionName);

    /** Creates a temporary destination owned by this connection. */
    CompletableFuture<Void> createDestination(DestinationRef temporary);

    /** Deletes a temporary destination of this connection; refused while it has consumers. */
    CompletableFuture<Void> deleteDestination(DestinationRef temporary);

    /**
     * Sends one XA request (built from its request id) and completes with the broker's {@code XA_RESULT}: the
     * XA code is data, never an exception; the future fails only when the broker could not be asked.
     */
    default CompletableFuture<XaResult> xa(IntFunction<Frame> request) {
        return CompletableFuture.failedFuture(new JMSException("this connection does not support XA"));
    }

    /** Gives the consumer room for {@code credit} more deliveries. */
    void credit(ConsumerInfo consumer, int credit);

    /** Takes back the consumer's unused credit; completes after every delivery made before it has arrived. */
    CompletableFuture<Void> drain(ConsumerInfo consumer);

    /**
     * Registers the one listener told when the connection fails (not when it is closed on purpose).
     */
    void onFailure(java.util.function.Consumer<JMSException> listener);

    /**
     * Registers the one listener told when a request that nobody waits for (a send without receipt) was
     * refused; the connection goes on. Called on the IO thread: the listener must hand the exception off.
     */
    void onAsyncError(java.util.function.Consumer<JMSException> listener);

    /** Says goodbye to the broker and closes the transport; completes when both are done. */
    CompletableFuture<Void> close();
}
