package dev.petrel.jms;

import static dev.petrel.jms.Unchecked.call;
import static dev.petrel.jms.Unchecked.run;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.io.Serializable;

/**
 * The simplified API (Jakarta Messaging 3.1 §2.8, JMSContext javadoc): one session on a connection that may be
 * shared with other contexts made by {@link #createContext(int)}. The session is opened on first use, so that
 * {@link #setClientID} still works right after the context is made; consumers start the connection unless
 * {@link #setAutoStart} turned that off. Every checked exception becomes its runtime twin ({@link Unchecked}).
 *
 * <p>Threads: like a session, used by one thread at a time; {@code closed} is volatile for close from another.
 */
public class PetrelJMSContext implements JMSContext {

    /** A call on the context's session. */
    @FunctionalInterface
    private interface SessionCall<T> {
        T call(PetrelSession session) throws jakarta.jms.JMSException;
    }

    private final ContextConnection shared;
    private final int sessionMode;
    private PetrelSession session;
    private PetrelMessageProducer anonymousProducer;
    private boolean autoStart = true;
    private volatile boolean closed;

    PetrelJMSContext(ContextConnection shared, int sessionMode) {
        this.shared = shared;
        this.sessionMode = sessionMode;
    }

    private PetrelConnection connection() {
        checkOpen();
        return shared.connection();
    }

    synchronized PetrelSession session() throws jakarta.jms.JMSException {
        checkOpen();
        if (session == null) {
            session = openSession(shared.connection(), sessionMode);
        }
        return session;
    }

    /** Opens the context's session on first use; an XA context opens an XA session. */
    PetrelSession openSession(PetrelConnection connection, int mode) throws jakarta.jms.JMSException {
        return connection.openSession(mode, SessionDomain.ANY);
    }

    private <T> T withSession(SessionCall<T> sessionCall) {
        return call(() -> sessionCall.call(session()));
    }

    /** The anonymous producer every JMSProducer of this context sends through. */
    synchronized PetrelMessageProducer producer() throws jakarta.jms.JMSException {
        if (anonymousProducer == null) {
            anonymousProducer = session().createProducer(null);
        }
        return anonymousProducer;
    }

    private JMSConsumer consumer(SessionCall<PetrelMessageConsumer> create) {
        PetrelMessageConsumer consumer = withSession(create);
        if (autoStart) {
            run(() -> shared.connection().start());
        }
        return new PetrelJMSConsumer(consumer);
    }

    @Override
    public JMSContext createContext(int mode) {
        int checked = call(() -> SessionModes.check(mode));
        run(shared::share);
        return new PetrelJMSContext(shared, checked);
    }

    @Override
    public JMSProducer createProducer() {
        run(this::producer);
        return new PetrelJMSProducer(this);
    }

    @Override
    public String getClientID() {
        return call(connection()::getClientID);
    }

    @Override
    public void setClientID(String clientID) {
        run(() -> connection().setClientID(clientID));
    }

    @Override
    public ConnectionMetaData getMetaData() {
        return call(connection()::getMetaData);
    }

    @Override
    public ExceptionListener getExceptionListener() {
        return call(connection()::getExceptionListener);
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) {
        run(() -> connection().setExceptionListener(listener));
    }

    @Override
    public void start() {
        run(connection()::start);
    }

    /** Refused from a listener of this context, which it would wait for (JMSContext.stop javadoc). */
    @Override
    public void stop() {
        run(connection()::stop);
    }

    @Override
    public void setAutoStart(boolean start) {
        checkOpen();
        this.autoStart = start;
    }

    @Override
    public boolean getAutoStart() {
        checkOpen();
        return autoStart;
    }

    /**
     * Closes the session and, when no other context uses it, the connection. Refused from a MessageListener or
     * CompletionListener of this context (JMSContext.close javadoc); closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        PetrelSession own = session;
        if (own != null && own.resources().delivery().inOwnerThread()) {
            throw new IllegalStateRuntimeException("a MessageListener must not close its own JMSContext: it would "
                    + "wait for itself (JMSContext.close javadoc)");
        }
        run(() -> {
            if (own != null) {
                own.resources().callbacks().checkNotInCallback("close");
            }
            closed = true;
            if (own != null) {
                own.close();
            }
            shared.release();
        });
    }

    @Override
    public BytesMessage createBytesMessage() {
        return withSession(PetrelSession::createBytesMessage);
    }

    @Override
    public MapMessage createMapMessage() {
        return withSession(PetrelSession::createMapMessage);
    }

    @Override
    public Message createMessage() {
        return withSession(PetrelSession::createMessage);
    }

    @Override
    public ObjectMessage createObjectMessage() {
        return withSession(PetrelSession::createObjectMessage);
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) {
        return withSession(s -> s.createObjectMessage(object));
    }

    @Override
    public StreamMessage createStreamMessage() {
        return withSession(PetrelSession::createStreamMessage);
    }

    @Override
    public TextMessage createTextMessage() {
        return withSession(PetrelSession::createTextMessage);
    }

    @Override
    public TextMessage createTextMessage(String text) {
        return withSession(s -> s.createTextMessage(text));
    }

    @Override
    public boolean getTransacted() {
        checkOpen();
        return sessionMode == SESSION_TRANSACTED;
    }

    @Override
    public int getSessionMode() {
        checkOpen();
        return sessionMode;
    }

    @Override
    public void commit() {
        withSession(s -> { s.commit(); return null; });
    }

    @Override
    public void rollback() {
        withSession(s -> { s.rollback(); return null; });
    }

    @Override
    public void recover() {
        withSession(s -> { s.recover(); return null; });
    }

    @Override
    public JMSConsumer createConsumer(Destination destination) {
        return consumer(s -> s.createConsumer(destination));
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String selector) {
        return consumer(s -> s.createConsumer(destination, selector));
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String selector, boolean noLocal) {
        return consumer(s -> s.createConsumer(destination, selector, noLocal));
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name) {
        return consumer(s -> s.createDurableConsumer(topic, name));
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name, String selector, boolean noLocal) {
        return consumer(s -> s.createDurableConsumer(topic, name, selector, noLocal));
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name) {
        return consumer(s -> s.createSharedDurableConsumer(topic, name));
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name, String selector) {
        return consumer(s -> s.createSharedDurableConsumer(topic, name, selector));
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String name) {
        return consumer(s -> s.createSharedConsumer(topic, name));
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String name, String selector) {
        return consumer(s -> s.createSharedConsumer(topic, name, selector));
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) {
        return withSession(s -> s.createBrowser(queue));
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String selector) {
        return withSession(s -> s.createBrowser(queue, selector));
    }

    @Override
    public Queue createQueue(String name) {
        return withSession(s -> s.createQueue(name));
    }

    @Override
    public Topic createTopic(String name) {
        return withSession(s -> s.createTopic(name));
    }

    @Override
    public TemporaryQueue createTemporaryQueue() {
        return withSession(PetrelSession::createTemporaryQueue);
    }

    @Override
    public TemporaryTopic createTemporaryTopic() {
        return withSession(PetrelSession::createTemporaryTopic);
    }

    @Override
    public void unsubscribe(String name) {
        withSession(s -> { s.unsubscribe(name); return null; });
    }

    /** CLIENT_ACKNOWLEDGE: acknowledges everything the context consumed; ignored in other modes (javadoc). */
    @Override
    public void acknowledge() {
        withSession(s -> { s.resources().acks().acknowledgeAll(); return null; });
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateRuntimeException("the JMSContext is closed");
        }
    }
}
