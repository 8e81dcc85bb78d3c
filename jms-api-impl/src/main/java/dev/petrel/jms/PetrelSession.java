package dev.petrel.jms;

import dev.petrel.jms.client.SessionInfo;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueReceiver;
import jakarta.jms.QueueSender;
import jakarta.jms.QueueSession;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TopicPublisher;
import jakarta.jms.TopicSession;
import jakarta.jms.TopicSubscriber;
import java.io.Serializable;

/**
 * A session: the JMS face over {@link SessionResources} (what it holds and its delivery thread), with the
 * domain rules of QueueSession and TopicSession ({@link SessionDomain}), its acknowledge mode and transaction.
 *
 * <p>Threads: used by one application thread at a time (Jakarta Messaging 3.1 §2.14); the connection may close
 * it from another, so {@code closed} is volatile.
 */
public class PetrelSession implements QueueSession, TopicSession {

    /** Makes a session object of one kind (plain, XA) for a session the broker has opened. */
    @FunctionalInterface
    interface Kind<S extends PetrelSession> {
        S make(PetrelConnection connection, SessionInfo info, SessionDomain domain);
    }

    private final PetrelConnection connection;
    private final SessionInfo info;
    private final SessionDomain domain;
    private final SessionResources resources;
    private volatile boolean closed;

    PetrelSession(PetrelConnection connection, SessionInfo info, SessionDomain domain) {
        this.connection = connection;
        this.info = info;
        this.domain = domain;
        this.resources = new SessionResources(connection, info, this::acknowledgeConsumed);
    }

    SessionResources resources() {
        return resources;
    }

    @Override
    public PetrelMessageProducer createProducer(Destination destination) throws JMSException {
        checkOpen();
        return resources.openProducer(destination);
    }

    @Override
    public PetrelMessageConsumer createConsumer(Destination destination) throws JMSException {
        return createConsumer(destination, null, false);
    }

    @Override
    public PetrelMessageConsumer createConsumer(Destination destination, String selector) throws JMSException {
        return createConsumer(destination, selector, false);
    }

    @Override
    public PetrelMessageConsumer createConsumer(Destination destination, String selector, boolean noLocal)
            throws JMSException {
        return openConsumer(destination, selector, noLocal, ConsumerKind.PLAIN, null);
    }

    @Override
    public PetrelMessageConsumer createSharedConsumer(Topic topic, String name) throws JMSException {
        return createSharedConsumer(topic, name, null);
    }

    @Override
    public PetrelMessageConsumer createSharedConsumer(Topic topic, String name, String selector)
            throws JMSException {
        domain.checkPublishSubscribe("createSharedConsumer");
        return openConsumer(topic, selector, false, ConsumerKind.SHARED, name);
    }

    @Override
    public PetrelMessageConsumer createDurableSubscriber(Topic topic, String name) throws JMSException {
        return createDurableSubscriber(topic, name, null, false);
    }

    @Override
    public PetrelMessageConsumer createDurableSubscriber(Topic topic, String name, String selector,
            boolean noLocal) throws JMSException {
        domain.checkPublishSubscribe("createDurableSubscriber");
        return openConsumer(topic, selector, noLocal, ConsumerKind.DURABLE, name);
    }

    @Override
    public PetrelMessageConsumer createDurableConsumer(Topic topic, String name) throws JMSException {
        return createDurableConsumer(topic, name, null, false);
    }

    @Override
    public PetrelMessageConsumer createDurableConsumer(Topic topic, String name, String selector,
            boolean noLocal) throws JMSException {
        domain.checkPublishSubscribe("createDurableConsumer");
        return openConsumer(topic, selector, noLocal, ConsumerKind.DURABLE, name);
    }

    @Override
    public PetrelMessageConsumer createSharedDurableConsumer(Topic topic, String name) throws JMSException {
        return createSharedDurableConsumer(topic, name, null);
    }

    @Override
    public PetrelMessageConsumer createSharedDurableConsumer(Topic topic, String name, String selector)
            throws JMSException {
        domain.checkPublishSubscribe("createSharedDurableConsumer");
        return openConsumer(topic, selector, false, ConsumerKind.SHARED_DURABLE, name);
    }

    private PetrelMessageConsumer openConsumer(Destination destination, String selector, boolean noLocal,
            ConsumerKind kind, String subscriptionName) throws JMSException {
        checkOpen();
        return resources.openConsumer(destination, selector, noLocal, kind, subscriptionName);
    }

    @Override
    public QueueReceiver createReceiver(Queue queue) throws JMSException {
        return createConsumer(queue);
    }

    @Override
    public QueueReceiver createReceiver(Queue queue, String selector) throws JMSException {
        return createConsumer(queue, selector);
    }

    @Override
    public QueueSender createSender(Queue queue) throws JMSException {
        return createProducer(queue);
    }

    @Override
    public TopicSubscriber createSubscriber(Topic topic) throws JMSException {
        return createConsumer(topic);
    }

    @Override
    public TopicSubscriber createSubscriber(Topic topic, String selector, boolean noLocal) throws JMSException {
        return createConsumer(topic, selector, noLocal);
    }

    @Override
    public TopicPublisher createPublisher(Topic topic) throws JMSException {
        return createProducer(topic);
    }

    @Override
    public Message createMessage() throws JMSException {
        checkOpen();
        return new PetrelMessage();
    }

    @Override
    public TextMessage createTextMessage() throws JMSException {
        return createTextMessage(null);
    }

    @Override
    public TextMessage createTextMessage(String text) throws JMSException {
        checkOpen();
        return new PetrelTextMessage(text);
    }

    @Override
    public BytesMessage createBytesMessage() throws JMSException {
        checkOpen();
        return new PetrelBytesMessage();
    }

    @Override
    public MapMessage createMapMessage() throws JMSException {
        checkOpen();
        return new PetrelMapMessage();
    }

    @Override
    public StreamMessage createStreamMessage() throws JMSException {
        checkOpen();
        return new PetrelStreamMessage();
    }

    @Override
    public ObjectMessage createObjectMessage() throws JMSException {
        return createObjectMessage(null);
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) throws JMSException {
        checkOpen();
        PetrelObjectMessage message = new PetrelObjectMessage(resources.trustedPackages());
        message.setObject(object);
        return message;
    }

    @Override
    public Queue createQueue(String name) throws JMSException {
        checkOpen();
        domain.checkPointToPoint("createQueue");
        return new PetrelQueue(Destinations.checkedName(name));
    }

    @Override
    public Topic createTopic(String name) throws JMSException {
        checkOpen();
        domain.checkPublishSubscribe("createTopic");
        return new PetrelTopic(Destinations.checkedName(name));
    }

    @Override
    public TemporaryQueue createTemporaryQueue() throws JMSException {
        checkOpen();
        domain.checkPointToPoint("createTemporaryQueue");
        return connection.temporaryDestinations().createQueue();
    }

    @Override
    public TemporaryTopic createTemporaryTopic() throws JMSException {
        checkOpen();
        domain.checkPublishSubscribe("createTemporaryTopic");
        return connection.temporaryDestinations().createTopic();
    }

    @Override
    public PetrelQueueBrowser createBrowser(Queue queue) throws JMSException {
        return createBrowser(queue, null);
    }

    @Override
    public PetrelQueueBrowser createBrowser(Queue queue, String selector) throws JMSException {
        checkOpen();
        domain.checkPointToPoint("createBrowser");
        return resources.openBrowser(queue, selector);
    }

    /** Deletes a durable subscription; refused while a consumer of this connection holds it (javadoc). */
    @Override
    public void unsubscribe(String name) throws JMSException {
        checkOpen();
        domain.checkPublishSubscribe("unsubscribe");
        connection.unsubscribe(name);
    }

    @Override
    public boolean getTransacted() throws JMSException {
        checkOpen();
        return resources.transaction().transacted();
    }

    @Override
    public int getAcknowledgeMode() throws JMSException {
        checkOpen();
        return info.ackMode();
    }

    @Override
    public void commit() throws JMSException {
        checkOpen();
        resources.transaction().commit();
    }

    @Override
    public void rollback() throws JMSException {
        checkOpen();
        resources.transaction().rollback();
    }

    /** Redelivers every unacknowledged message, oldest first; not in a transacted session (recover javadoc). */
    @Override
    public void recover() throws JMSException {
        checkOpen();
        if (resources.transaction().transacted()) {
            throw new IllegalStateException("recover() is for non-transacted sessions: use rollback() in a "
                    + "transacted one (Session.recover javadoc)");
        }
        resources.acks().recoverAll();
    }

    /** Message.acknowledge of a message this session received. */
    private void acknowledgeConsumed() throws JMSException {
        if (closed) {
            throw new IllegalStateException("the session that received this message is closed (Message."
                    + "acknowledge javadoc)");
        }
        resources.acks().acknowledgeAll();
    }

    @Override
    public MessageListener getMessageListener() throws JMSException {
        checkOpen();
        throw new JMSException("session-level message listeners (an optional API for application servers, "
                + "Jakarta Messaging 3.1 §11.2) are not supported: set a listener on each consumer");
    }

    @Override
    public void setMessageListener(MessageListener listener) throws JMSException {
        getMessageListener();
    }

    @Override
    public void run() {
        throw new JMSRuntimeException("Session.run belongs to the optional application-server API, which Petrel "
                + "does not support");
    }

    /** The connection failed: the session is unusable, blocked receives throw the cause. */
    void onConnectionFailure(JMSException cause) {
        closed = true;
        resources.onConnectionFailure(cause);
    }

    /**
     * Closes the session with its producers, consumers and browsers, after its outstanding asynchronous sends;
     * a transaction in progress is rolled back. Called from one of its own listeners it does not wait for that
     * listener (the Session.close javadoc allows either behaviour); from a CompletionListener it is refused.
     */
    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        resources.callbacks().checkNotInCallback("close");
        closed = true;
        connection.forget(this);
        resources.closeAll();
    }

    boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
    }
}
