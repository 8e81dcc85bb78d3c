package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;

import dev.petrel.jms.client.ProducerInfo;
import jakarta.jms.CompletionListener;
import jakarta.jms.Destination;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueSender;
import jakarta.jms.Topic;
import jakarta.jms.TopicPublisher;
import java.util.concurrent.CompletableFuture;

/**
 * Sends messages, to its fixed destination or (when created without one) to the one each send names. Holds
 * the producer's settings; the send itself is {@link MessageSender}'s. Used by one thread at a time, as its
 * session (Jakarta Messaging 3.1 §2.14); {@code closed} is volatile because the session may close it from
 * another thread.
 */
public final class PetrelMessageProducer implements QueueSender, TopicPublisher {

    private final SessionResources session;
    private final ProducerInfo info;
    private final Destination destination;
    private final MessageSender sender;
    private volatile boolean closed;
    private SendOptions options = SendOptions.DEFAULT;

    PetrelMessageProducer(SessionResources session, ProducerInfo info, Destination destination, MessageSender sender) {
        this.session = session;
        this.info = info;
        this.destination = destination;
        this.sender = sender;
    }

    @Override
    public void send(Message message) throws JMSException {
        send(message, options, null);
    }

    @Override
    public void send(Message message, int deliveryMode, int priority, long timeToLive) throws JMSException {
        send(message, options.with(deliveryMode, priority, timeToLive), null);
    }

    @Override
    public void send(Message message, CompletionListener completion) throws JMSException {
        send(message, options, requireListener(completion));
    }

    @Override
    public void send(Message message, int deliveryMode, int priority, long timeToLive, CompletionListener completion)
            throws JMSException {
        send(message, options.with(deliveryMode, priority, timeToLive), requireListener(completion));
    }

    @Override
    public void send(Destination target, Message message) throws JMSException {
        sendTo(target, message, options, null);
    }

    @Override
    public void send(Destination target, Message message, int deliveryMode, int priority, long timeToLive)
            throws JMSException {
        sendTo(target, message, options.with(deliveryMode, priority, timeToLive), null);
    }

    @Override
    public void send(Destination target, Message message, CompletionListener completion) throws JMSException {
        sendTo(target, message, options, requireListener(completion));
    }

    @Override
    public void send(Destination target, Message message, int deliveryMode, int priority, long timeToLive,
            CompletionListener completion) throws JMSException {
        sendTo(target, message, options.with(deliveryMode, priority, timeToLive), requireListener(completion));
    }

    @Override
    public void send(Queue queue, Message message) throws JMSException {
        send((Destination) queue, message);
    }

    @Override
    public void send(Queue queue, Message message, int deliveryMode, int priority, long timeToLive)
            throws JMSException {
        send((Destination) queue, message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void publish(Message message) throws JMSException {
        send(message);
    }

    @Override
    public void publish(Message message, int deliveryMode, int priority, long timeToLive) throws JMSException {
        send(message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void publish(Topic topic, Message message) throws JMSException {
        send(topic, message);
    }

    @Override
    public void publish(Topic topic, Message message, int deliveryMode, int priority, long timeToLive)
            throws JMSException {
        send(topic, message, deliveryMode, priority, timeToLive);
    }

    private void send(Message message, SendOptions sendOptions, CompletionListener completion) throws JMSException {
        checkOpen();
        ProducerDestinationRule.checkHasDestination(destination);
        sender.send(destination, message, sendOptions, completion);
    }

    private void sendTo(Destination target, Message message, SendOptions sendOptions, CompletionListener completion)
            throws JMSException {
        checkOpen();
        ProducerDestinationRule.checkHasNoDestination(destination);
        sender.send(target, message, sendOptions, completion);
    }

    /** A send with settings of its own (the JMSProducer's), to {@code target}, through this anonymous producer. */
    void sendWith(Destination target, Message message, SendOptions sendOptions, CompletionListener completion)
            throws JMSException {
        checkOpen();
        sender.send(target, message, sendOptions, completion);
    }

    private static CompletionListener requireListener(CompletionListener completion) {
        if (completion == null) {
            throw new IllegalArgumentException("the CompletionListener must not be null");
        }
        return completion;
    }

    @Override
    public void setDisableMessageID(boolean value) throws JMSException {
        checkOpen();
        options = options.withDisableMessageId(value);
    }

    @Override
    public boolean getDisableMessageID() throws JMSException {
        checkOpen();
        return options.disableMessageId();
    }

    @Override
    public void setDisableMessageTimestamp(boolean value) throws JMSException {
        checkOpen();
        options = options.withDisableTimestamp(value);
    }

    @Override
    public boolean getDisableMessageTimestamp() throws JMSException {
        checkOpen();
        return options.disableTimestamp();
    }

    @Override
    public void setDeliveryMode(int deliveryMode) throws JMSException {
        checkOpen();
        MessageSender.checkDeliveryMode(deliveryMode);
        options = options.with(deliveryMode, options.priority(), options.timeToLive());
    }

    @Override
    public int getDeliveryMode() throws JMSException {
        checkOpen();
        return options.deliveryMode();
    }

    @Override
    public void setPriority(int priority) throws JMSException {
        checkOpen();
        MessageSender.checkPriority(priority);
        options = options.with(options.deliveryMode(), priority, options.timeToLive());
    }

    @Override
    public int getPriority() throws JMSException {
        checkOpen();
        return options.priority();
    }

    @Override
    public void setTimeToLive(long timeToLive) throws JMSException {
        checkOpen();
        options = options.with(options.deliveryMode(), options.priority(), timeToLive);
    }

    @Override
    public long getTimeToLive() throws JMSException {
        checkOpen();
        return options.timeToLive();
    }

    @Override
    public void setDeliveryDelay(long deliveryDelay) throws JMSException {
        checkOpen();
        options = options.withDeliveryDelay(deliveryDelay);
    }

    @Override
    public long getDeliveryDelay() throws JMSException {
        checkOpen();
        return options.deliveryDelay();
    }

    @Override
    public Destination getDestination() throws JMSException {
        checkOpen();
        return destination;
    }

    @Override
    public Queue getQueue() throws JMSException {
        return getDestination() instanceof Queue q ? q : null;
    }

    @Override
    public Topic getTopic() throws JMSException {
        return getDestination() instanceof Topic t ? t : null;
    }

    /** Waits for outstanding asynchronous sends first; refused from a CompletionListener (close javadoc). */
    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        session.callbacks().checkNotInCallback("close");
        session.callbacks().awaitOutstanding();
        JmsExceptions.await(closeLocally(), session.requestTimeoutMs(), "closing producer " + info.producerId());
    }

    /** Marks the producer closed and asks the broker to forget it; idempotent. */
    CompletableFuture<Void> closeLocally() {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        closed = true;
        session.forget(this);
        return session.client().closeProducer(info);
    }

    private void checkOpen() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("the producer is closed");
        }
    }
}
