package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.ClientConnector;
import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.jms.client.SessionInfo;
import jakarta.jms.ConnectionConsumer;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnection;
import jakarta.jms.ServerSessionPool;
import jakarta.jms.Topic;
import jakarta.jms.TopicConnection;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to a broker: its sessions, its started/stopped state, its client ID, its temporary
 * destinations and the exception listener told when it fails. All broker traffic goes through one
 * {@link BrokerClient}.
 *
 * <p>Threads: any application thread may call it (Jakarta Messaging 3.1 §2.14: a connection is thread-safe).
 * The start/stop/close transitions are serialized on {@code lifecycle}; the session set is concurrent; the
 * rest is volatile. The client's failure callback runs on the IO thread and only flips state and wakes
 * receivers; the {@link ExceptionListener} runs on a thread of its own.
 */
public class PetrelConnection implements QueueConnection, TopicConnection {

    private static final Logger LOG = LoggerFactory.getLogger(PetrelConnection.class);

    private final ConnectionOptions options;
    private final BrokerClient client;
    private final Clock clock;
    private final ClientIdentity clientId;
    private final TemporaryDestinations temporaries;
    private final Object lifecycle = new Object();
    private final Set<PetrelSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong messageSequence = new AtomicLong();
    /** Unique to this connection, so message IDs are unique across connections and brokers. */
    private final String messageIdPrefix = "ID:" + UUID.randomUUID() + ":";
    private volatile boolean started;
    private volatile boolean closed;
    private volatile ExceptionListener exceptionListener;
    /** Why the connection failed, once it has; null while it works. */
    private volatile JMSException failure;

    PetrelConnection(ConnectionOptions options, ClientConnector connector, Clock clock)
            throws JMSException {
        this.options = options;
        this.client = connector.connect(options.clientSettings());
        this.clock = clock;
        this.clientId = new ClientIdentity(options.clientId(), client, options.connectTimeoutMs());
        this.temporaries = new TemporaryDestinations(this::client, options.connectTimeoutMs(),
                ref -> sessions.stream().anyMatch(s -> s.resources().consumes(ref)));
        this.client.onFailure(this::onFailure);
        this.client.onAsyncError(this::notifyExceptionListener);
    }

    /** Connects and completes the handshake; throws what the broker answered, mapped to its JMS type. */
    static PetrelConnection open(ConnectionOptions options, ClientConnector connector, Clock clock)
            throws JMSException {
        return new PetrelConnection(options, connector, clock);
    }

    BrokerClient client() {
        return client;
    }

    ConnectionOptions options() {
        return options;
    }

    Clock clock() {
        return clock;
    }

    TemporaryDestinations temporaryDestinations() {
        return temporaries;
    }

    /** A fresh id for a session, producer or consumer, unique within this connection. */
    long nextId() {
        return ids.incrementAndGet();
    }

    String nextMessageId() {
        return messageIdPrefix + messageSequence.incrementAndGet();
    }

    boolean isStarted() {
        return started;
    }

    void forget(PetrelSession session) {
        sessions.remove(session);
    }

    @Override
    public PetrelSession createSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return openSession(SessionModes.check(transacted, acknowledgeMode), SessionDomain.ANY);
    }

    @Override
    public PetrelSession createSession(int sessionMode) throws JMSException {
        return openSession(SessionModes.check(sessionMode), SessionDomain.ANY);
    }

    @Override
    public PetrelSession createSession() throws JMSException {
        return openSession(jakarta.jms.Session.AUTO_ACKNOWLEDGE, SessionDomain.ANY);
    }

    @Override
    public PetrelSession createQueueSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return openSession(SessionModes.check(transacted, acknowledgeMode), SessionDomain.QUEUE);
    }

    @Override
    public PetrelSession createTopicSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return openSession(SessionModes.check(transacted, acknowledgeMode), SessionDomain.TOPIC);
    }

    /** Opens a session in {@code mode} (the wire and API number) for {@code domain}. */
    PetrelSession openSession(int mode, SessionDomain domain) throws JMSException {
        return openSession(mode, domain, PetrelSession::new);
    }

    /** Opens a session that {@code kind} makes (a plain or an XA session) in {@code mode} for {@code domain}. */
    <S extends PetrelSession> S openSession(int mode, SessionDomain domain, PetrelSession.Kind<S> kind)
            throws JMSException {
        checkOpen();
        clientId.fix();
        SessionInfo info = new SessionInfo(nextId(), mode);
        JmsExceptions.await(client.createSession(info), options.connectTimeoutMs(), "creating a session");
        S session = kind.make(this, info, domain);
        sessions.add(session);
        return session;
    }

    /** The connection is in use (a second JMSContext shares it): the client ID can no longer be set. */
    void fixClientId() {
        clientId.fix();
    }

    @Override
    public String getClientID() throws JMSException {
        checkOpen();
        return clientId.get();
    }

    /** Sets the client ID, once, before any other use (Jakarta Messaging 3.1 §6.1.2; SET_CLIENT_ID). */
    @Override
    public void setClientID(String newClientId) throws JMSException {
        checkOpen();
        clientId.set(newClientId);
    }

    /** Deletes a durable subscription unless a consumer of this connection holds it (unsubscribe javadoc). */
    void unsubscribe(String name) throws JMSException {
        if (name == null || name.isBlank()) {
            throw new jakarta.jms.InvalidDestinationException("a subscription name must not be null or blank");
        }
        if (sessions.stream().anyMatch(s -> s.resources().holdsSubscription(name))) {
            throw new IllegalStateException("subscription '" + name + "' has an open consumer: close it before "
                    + "unsubscribing (Session.unsubscribe javadoc)");
        }
        JmsExceptions.await(client.unsubscribe(name), options.connectTimeoutMs(), "unsubscribing " + name);
    }

    @Override
    public ConnectionMetaData getMetaData() throws JMSException {
        checkOpen();
        return PetrelConnectionMetaData.INSTANCE;
    }

    @Override
    public ExceptionListener getExceptionListener() throws JMSException {
        checkOpen();
        return exceptionListener;
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) throws JMSException {
        checkOpen();
        this.exceptionListener = listener;
    }

    @Override
    public void start() throws JMSException {
        checkOpen();
        clientId.fix();
        synchronized (lifecycle) {
            started = true;
            sessions.forEach(s -> s.resources().start(true));
        }
    }

    /** Stops delivery and waits until every running listener has returned (§6.1.5). */
    @Override
    public void stop() throws JMSException {
        checkOpen();
        clientId.fix();
        checkNotInOwnCallback("stop");
        synchronized (lifecycle) {
            started = false;
            sessions.forEach(s -> s.resources().start(false));
        }
        for (PetrelSession session : List.copyOf(sessions)) {
            session.resources().awaitListenerIdle();
        }
    }

    /**
     * Closes every session (a blocked receive returns null, running listeners finish first, outstanding
     * asynchronous sends complete) and then the connection, which deletes its temporary destinations;
     * idempotent (Connection.close javadoc).
     */
    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        checkNotInOwnCallback("close");
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            started = false;
        }
        JMSException first = null;
        for (PetrelSession session : List.copyOf(sessions)) {
            try {
                session.close();
            } catch (JMSException e) {
                first = first == null ? e : first;
            }
        }
        temporaries.onClose();
        try {
            JmsExceptions.await(client.close(), options.connectTimeoutMs(), "closing the connection");
        } catch (JMSException e) {
            first = first == null ? e : first;
        }
        if (first == null) {
            return;
        }
        if (failure != null) {
            // A failed connection has nothing left to release on the broker: close quietly (Connection.close javadoc).
            LOG.debug("closing the failed connection to {}: {}", options, first.getMessage());
            return;
        }
        // Never rethrow the instance an earlier call may have thrown already: try-with-resources would then try to
        // add it to itself as suppressed.
        throw JmsExceptions.wrap("closing the connection did not complete: " + first.getMessage(), first);
    }

    /** Called once by the client, on the IO thread, when the connection fails. */
    private void onFailure(JMSException cause) {
        failure = cause;
        sessions.forEach(s -> s.onConnectionFailure(cause));
        notifyExceptionListener(cause);
    }

    /** Tells the exception listener, if any; else the log. Called on the IO thread. */
    private void notifyExceptionListener(JMSException cause) {
        ExceptionListener listener = exceptionListener;
        if (listener == null || closed) {
            LOG.warn("connection to {}: {}", options, cause.getMessage());
            return;
        }
        // Never on the IO thread: the listener may block or call back into this connection.
        Thread notifier = new Thread(() -> listener.onException(cause), "petrel-exception-listener");
        notifier.setDaemon(true);
        notifier.start();
    }

    /**
     * Close and stop wait for listeners and callbacks, so a MessageListener or CompletionListener of this
     * connection must not call them: they would wait for themselves (Connection.close and stop javadoc).
     */
    void checkNotInOwnCallback(String what) throws IllegalStateException {
        if (CompletionCallbacks.inCallbackOf(this)) {
            throw CompletionCallbacks.inCallback(what);
        }
        for (PetrelSession session : sessions) {
            if (session.resources().delivery().inOwnerThread()) {
                throw new IllegalStateException("a MessageListener must not " + what + " its own connection: it "
                        + "would wait for itself (Connection." + what + " javadoc)");
            }
        }
    }

    private void checkOpen() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("the connection is closed");
        }
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Destination destination, String selector,
            ServerSessionPool pool, int maxMessages) throws JMSException {
        throw connectionConsumersUnsupported();
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Queue queue, String selector, ServerSessionPool pool,
            int maxMessages) throws JMSException {
        throw connectionConsumersUnsupported();
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Topic topic, String selector, ServerSessionPool pool,
            int maxMessages) throws JMSException {
        throw connectionConsumersUnsupported();
    }

    @Override
    public ConnectionConsumer createSharedConnectionConsumer(Topic topic, String subscriptionName,
            String selector, ServerSessionPool pool, int maxMessages) throws JMSException {
        throw connectionConsumersUnsupported();
    }

    @Override
    public ConnectionConsumer createDurableConnectionConsumer(Topic topic, String subscriptionName,
            String selector, ServerSessionPool pool, int maxMessages) throws JMSException {
        throw connectionConsumersUnsupported();
    }

    @Override
    public ConnectionConsumer createSharedDurableConnectionConsumer(Topic topic, String subscriptionName,
            String selector, ServerSessionPool pool, int maxMessages) throws JMSException {
        throw connectionConsumersUnsupported();
    }

    private static JMSException connectionConsumersUnsupported() {
        return new JMSException("connection consumers (the optional application-server API of Jakarta Messaging "
                + "3.1 §11.2) are not supported: use the Petrel resource adapter for message-driven beans");
    }
}
