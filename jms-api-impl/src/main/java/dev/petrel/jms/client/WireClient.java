package dev.petrel.jms.client;

import dev.petrel.jms.transport.Connector;
import dev.petrel.jms.transport.FrameListener;
import dev.petrel.jms.transport.Transport;
import dev.petrel.jms.transport.TransportClosedException;
import dev.petrel.protocol.Ack;
import dev.petrel.protocol.BrowseEnd;
import dev.petrel.protocol.Close;
import dev.petrel.protocol.CloseConsumer;
import dev.petrel.protocol.CloseProducer;
import dev.petrel.protocol.CloseSession;
import dev.petrel.protocol.Commit;
import dev.petrel.protocol.CreateConsumer;
import dev.petrel.protocol.CreateDestination;
import dev.petrel.protocol.CreateProducer;
import dev.petrel.protocol.CreateSession;
import dev.petrel.protocol.Credit;
import dev.petrel.protocol.DeleteDestination;
import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.Drain;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.Heartbeat;
import dev.petrel.protocol.Recover;
import dev.petrel.protocol.Rollback;
import dev.petrel.protocol.Send;
import dev.petrel.protocol.SetClientId;
import dev.petrel.protocol.Unsubscribe;
import dev.petrel.protocol.WireMessage;
import dev.petrel.protocol.XaResult;
import jakarta.jms.JMSException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link BrokerClient} over one {@link Transport}: turns calls into frames, correlates answers by request
 * id and routes deliveries to the listener of their consumer.
 *
 * <p>Threads: calls come from application threads; frames arrive on the transport's IO thread, which only
 * completes futures and hands deliveries to their (non-blocking) listeners. The mutable structures are
 * thread-safe maps and write-once fields; nothing here blocks except {@link #connect}.
 */
public final class WireClient implements BrokerClient {

    private static final Logger LOG = LoggerFactory.getLogger(WireClient.class);

    private final ClientSettings settings;
    private final PendingRequests requests = new PendingRequests();
    /** Deliveries' listeners by consumer id: written by application threads, read by the IO thread. */
    private final Map<Long, DeliveryListener> consumers = new ConcurrentHashMap<>();
    /** Completes once, with the failure that ended the connection unasked. */
    private final CompletableFuture<JMSException> failure = new CompletableFuture<>();
    private volatile Consumer<JMSException> asyncErrors = e -> LOG.warn("a send without receipt was refused: {}",
            e.getMessage());
    private volatile Transport transport;
    private volatile ConnectionInfo info;
    /** Set when the application closes: the end that follows is not a failure. */
    private volatile boolean closing;

    private WireClient(ClientSettings settings) {
        this.settings = settings;
    }

    /**
     * Connects and completes the handshake within the settings' connect timeout.
     *
     * @throws JMSException the broker's refusal mapped to its JMS type (e.g. a
     *                      {@link jakarta.jms.JMSSecurityException} for bad credentials), or why the broker
     *                      could not be reached or did not answer
     */
    public static WireClient connect(ClientSettings settings) throws JMSException {
        WireClient client = new WireClient(settings);
        Handshake handshake = new Handshake(settings, client.requests);
        client.transport = handshake.openTransport(client.new Inbound());
        client.info = handshake.greet(client.transport);
        return client;
    }

    @Override
    public ConnectionInfo connectionInfo() {
        return info;
    }

    @Override
    public CompletableFuture<Void> createSession(SessionInfo session) {
        return request(id -> new CreateSession(id, session.sessionId(), session.ackMode()));
    }

    @Override
    public CompletableFuture<Void> closeSession(SessionInfo session) {
        return request(id -> new CloseSession(id, session.sessionId()));
    }

    @Override
    public CompletableFuture<Void> createProducer(ProducerInfo producer) {
        return request(id -> new CreateProducer(id, producer.sessionId(), producer.producerId(),
                producer.destination()));
    }

    @Override
    public CompletableFuture<Void> closeProducer(ProducerInfo producer) {
        return request(id -> new CloseProducer(id, producer.producerId()));
    }

    @Override
    public CompletableFuture<Void> createConsumer(ConsumerInfo c, DeliveryListener listener) {
        // Registered first: the broker may deliver right after its OK, on the same IO thread.
        consumers.put(c.consumerId(), listener);
        CompletableFuture<Void> created = request(id -> new CreateConsumer(id, c.sessionId(), c.consumerId(),
                c.destination(), c.selector(), c.noLocal(), c.prefetch(), c.kind(), c.subscriptionName()));
        created.whenComplete((ok, error) -> {
            if (error != null) {
                consumers.remove(c.consumerId(), listener);
            }
        });
        return created;
    }

    @Override
    public CompletableFuture<Void> closeConsumer(ConsumerInfo consumer, long lastDeliveredId) {
        // Deliveries still on their way are beyond lastDeliveredId: the broker takes them back unmarked.
        consumers.remove(consumer.consumerId());
        return request(id -> new CloseConsumer(id, consumer.consumerId(), lastDeliveredId));
    }

    @Override
    public CompletableFuture<Void> send(ProducerInfo producer, WireMessage message, boolean receipt) {
        int size = message.encodedSize();
        if (size > info.maxFrameSize()) {
            return CompletableFuture.failedFuture(new JMSException("the message of " + size + " bytes is larger "
                    + "than the broker accepts (" + info.maxFrameSize() + " bytes): send a smaller message, or "
                    + "raise the broker's limit with <protocol maxFrameSize=…> in its broker.xml"));
        }
        try {
            transport.awaitWritable(); // a producer goes no faster than the broker takes its messages
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(JmsExceptions.wrap("interrupted while waiting to send "
                    + message.messageId(), e));
        }
        if (receipt) {
            return request(id -> new Send(id, producer.producerId(), true, message));
        }
        // still numbered, so that a refusal the broker reports later names this send
        return fireAndForget(new Send(requests.nextId(), producer.producerId(), false, message));
    }

    @Override
    public void acknowledge(ConsumerInfo consumer, long first, long last) {
        fireAndForget(new Ack(0, consumer.consumerId(), first, last));
    }

    @Override
    public CompletableFuture<Void> acknowledgeConfirmed(ConsumerInfo consumer, long first, long last) {
        return request(id -> new Ack(id, consumer.consumerId(), first, last));
    }

    @Override
    public CompletableFuture<Void> recover(ConsumerInfo consumer, long lastDeliveredId) {
        return request(id -> new Recover(id, consumer.consumerId(), lastDeliveredId));
    }

    @Override
    public CompletableFuture<Void> commit(SessionInfo session) {
        return request(id -> new Commit(id, session.sessionId()));
    }

    @Override
    public CompletableFuture<Void> rollback(SessionInfo session) {
        return request(id -> new Rollback(id, session.sessionId()));
    }

    @Override
    public CompletableFuture<Void> setClientId(String clientId) {
        return request(id -> new SetClientId(id, clientId));
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String subscriptionName) {
        return request(id -> new Unsubscribe(id, subscriptionName));
    }

    @Override
    public CompletableFuture<Void> createDestination(DestinationRef temporary) {
        return request(id -> new CreateDestination(id, temporary));
    }

    @Override
    public CompletableFuture<Void> deleteDestination(DestinationRef temporary) {
        return request(id -> new DeleteDestination(id, temporary));
    }

    @Override
    public void credit(ConsumerInfo consumer, int credit) {
        if (credit > 0) {
            fireAndForget(new Credit(consumer.consumerId(), credit));
        }
    }

    @Override
    public CompletableFuture<Void> drain(ConsumerInfo consumer) {
        return request(id -> new Drain(id, consumer.consumerId()));
    }

    @Override
    public void onFailure(Consumer<JMSException> listener) {
        failure.thenAccept(listener);
    }

    @Override
    public void onAsyncError(Consumer<JMSException> listener) {
        asyncErrors = listener;
    }

    @Override
    public CompletableFuture<Void> close() {
        closing = true;
        Transport t = transport;
        if (!t.isOpen()) {
            return t.close();
        }
        // The broker answers CLOSE and hangs up; a broker that does not answer is hung up on after the timeout.
        return request(Close::new).orTimeout(settings.connectTimeoutMs(), TimeUnit.MILLISECONDS)
                .handle((ok, error) -> null).thenCompose(ignored -> t.close());
    }

    @Override
    public CompletableFuture<XaResult> xa(IntFunction<Frame> request) {
        return requests.send(request, transport::send).thenApply(XaResult.class::cast);
    }

    private CompletableFuture<Void> request(IntFunction<Frame> frame) {
        return requests.send(frame, transport::send).thenApply(ok -> null);
    }

    private CompletableFuture<Void> fireAndForget(Frame frame) {
        JMSException closed = requests.closedCause();
        if (closed != null) {
            return CompletableFuture.failedFuture(closed);
        }
        transport.send(frame);
        return CompletableFuture.completedFuture(null);
    }

    private void fail(JMSException cause) {
        requests.closeAll(cause);
        if (!closing) {
            failure.complete(cause);
        }
    }

    /** What the transport reads, on its IO thread. */
    private final class Inbound implements FrameListener {

        @Override
        public void onFrame(Frame frame) {
            if (frame instanceof Deliver delivery) {
                DeliveryListener listener = consumers.get(delivery.consumerId());
                if (listener != null) {
                    listener.onDeliver(delivery);
                } else {
                    LOG.debug("delivery {} for closed consumer {} dropped; the broker takes it back",
                            delivery.deliveryId(), delivery.consumerId());
                }
            } else if (frame instanceof BrowseEnd end) {
                DeliveryListener listener = consumers.get(end.consumerId());
                if (listener != null) {
                    listener.onBrowseEnd();
                }
            } else if (frame instanceof ErrorFrame error && error.requestId() == 0) {
                // The broker is ending the connection and says why; it closes the socket next.
                fail(JmsExceptions.fromError(error));
                transport.close();
            } else if (!(frame instanceof Heartbeat) && !requests.answer(frame)) {
                if (frame instanceof ErrorFrame error) {
                    // a send without receipt was refused; no caller waits, so the exception listener hears it
                    asyncErrors.accept(JmsExceptions.fromError(error));
                } else {
                    LOG.warn("ignoring unexpected {} from {}", frame, settings.endpoint());
                }
            }
        }

        @Override
        public void onClosed(TransportClosedException cause) {
            if (cause == null) {
                requests.closeAll(new jakarta.jms.IllegalStateException("the connection to "
                        + settings.endpoint() + " is closed"));
            } else {
                fail(JmsExceptions.wrap("lost the connection to " + settings.endpoint() + ": "
                        + cause.getMessage(), cause));
            }
        }
    }
}
