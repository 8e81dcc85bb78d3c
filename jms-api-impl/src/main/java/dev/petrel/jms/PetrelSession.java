package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;

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
import jakarta.jms.QueueBrowser;
import jakarta.jms.QueueReceiver;
import jakarta.jms.QueueSender;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
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
 * A non-transacted AUTO_ACKNOWLEDGE session: the JMS face that makes producers, consumers, messages and
 * destinations. What it holds, and its delivery thread, are {@link SessionResources}'.
 *
 * <p>Threads: used by one application thread at a time (Jakarta Messaging 3.1 §2.14); the connection may
 * close it from another, so {@code closed} is volatile.
 */
public final class PetrelSession implements QueueSession, TopicSession {

    private final PetrelConnection connection;
    private final SessionInfo info;
    private final SessionResources resources;
    private volatile boolean closed;

    PetrelSession(PetrelConnection connection, SessionInfo info) {
        this.connection = connection;
        this.info = info;
        this.resources = new SessionResources(connection, info);
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
        return openConsumer(topic, selector, false, ConsumerKind.SHARED, name);
    }

    @Override
    public PetrelMessageConsumer createDurableSubscriber(Topic topic, String name) throws JMSException {
        return createDurableConsumer(topic, name, null, false);
    }

    @Override
    public PetrelMessageConsumer createDurableSubscriber(Topic topic, String name, String selector,
            boolean noLocal) throws JMSException {
        return createDurableConsumer(topic, name, selector, noLocal);
    }

    @Override
    public PetrelMessageConsumer createDurableConsumer(Topic topic, String name) throws JMSException {
        return createDurableConsumer(topic, name, null, false);
    }

    @Override
    public PetrelMessageConsumer createDurableConsumer(Topic topic, String name, String selector,
            boolean noLocal) throws JMSException {
        return openConsumer(topic, selector, noLocal, ConsumerKind.DURABLE, name);
    }

    @Override
    public PetrelMessageConsumer createSharedDurableConsumer(Topic topic, String name) throws JMSException {
        return createSharedDurableConsumer(topic, name, null);
    }

    @Override
    public PetrelMessageConsumer createSharedDurableConsumer(Topic topic, String name, String selector)
            throws JMSException {
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
        throw JmsExceptions.notImplementedYet("MapMessage");
    }

    @Override
    public StreamMessage createStreamMessage() throws JMSException {
        throw JmsExceptions.notImplementedYet("StreamMessage");
    }

    @Override
    public ObjectMessage createObjectMessage() throws JMSException {
        throw JmsExceptions.notImplementedYet("ObjectMessage");
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) throws JMSException {
        throw JmsExceptions.notImplementedYet("ObjectMessage");
    }

    @Override
    public Queue createQueue(String name) throws JMSException {
        checkOpen();
        return new PetrelQueue(Destinations.checkedName(name));
    }

    @Override
    public Topic createTopic(String name) throws JMSException {
        checkOpen();
        return new PetrelTopic(Destinations.checkedName(name));
    }

    @Override
    public TemporaryQueue createTemporaryQueue() throws JMSException {
        throw JmsExceptions.notImplementedYet("TemporaryQueue");
    }

    @Override
    public TemporaryTopic createTemporaryTopic() throws JMSException {
        throw JmsExceptions.notImplementedYet("TemporaryTopic");
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) throws JMSException {
        throw JmsExceptions.notImplementedYet("QueueBrowser");
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String selector) throws JMSException {
        throw JmsExceptions.notImplementedYet("QueueBrowser");
    }

    @Override
    public void unsubscribe(String name) throws JMSException {
        throw JmsExceptions.notImplementedYet("Session.unsubscribe");
    }

    @Override
    public boolean getTransacted() throws JMSException {
        checkOpen();
        return false;
    }

    @Override
    public int getAcknowledgeMode() throws JMSException {
        checkOpen();
        return info.ackMode();
    }

    @Override
    public void commit() throws JMSException {
        checkOpen();
        throw new IllegalStateException("commit() needs a transacted session (Session.commit javadoc)");
    }

    @Override
    public void rollback() throws JMSException {
        checkOpen();
        throw new IllegalStateException("rollback() needs a transacted session (Session.rollback javadoc)");
    }

    @Override
    public void recover() throws JMSException {
        checkOpen();
        throw JmsExceptions.notImplementedYet("Session.recover");
    }

    @Override
    public MessageListener getMessageListener() throws JMSException {
        throw new JMSException("session-level message listeners (an optional API for application servers, "
                + "Jakarta Messaging 3.1 §8.2) are not supported: set a listener on each consumer");
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
     * Closes the session with its producers and consumers; called from one of its own listeners it does not
     * wait for that listener (Jakarta Messaging 3.1 §6.1.8 allows it).
     */
    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        closed = true;
        connection.forget(this);
        resources.closeAll();
    }

    private void checkOpen() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
    }
}
