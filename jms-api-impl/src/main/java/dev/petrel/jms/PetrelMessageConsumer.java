package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.ConsumerInfo;
import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.protocol.Deliver;
import jakarta.jms.Destination;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.QueueReceiver;
import jakarta.jms.Topic;
import jakarta.jms.TopicSubscriber;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives messages for one consumer: synchronously on the caller's thread, or through a {@link MessageListener}
 * on the session's delivery thread. When each message counts as acknowledged is the session's
 * {@link SessionAcknowledgements}' business; this class reports "delivered" and "completed" to it.
 *
 * <p>Threads: the IO thread only adds to the {@link DeliveryBuffer}; the receiving thread (or the session's
 * {@link SerialExecutor}) takes from it. {@code listener}, {@code lastDeliveredId} and {@code epoch} are
 * volatile because {@link #close} and the session's recover may run on another thread.
 */
public final class PetrelMessageConsumer implements QueueReceiver, TopicSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(PetrelMessageConsumer.class);

    private final SessionResources session;
    private final BrokerClient client;
    private final ConsumerInfo info;
    private final Destination destination;
    private final DeliveryBuffer buffer;
    private final CreditWindow window;
    private final AckRanges pendingAcks = new AckRanges();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile MessageListener listener;
    private volatile long lastDeliveredId;
    /** Counts recoveries: a listener's message is not acknowledged if the session recovered meanwhile. */
    private volatile long epoch;
    /** True while this consumer's listener runs (on the session's delivery thread). */
    private volatile boolean inListener;
    /** The listener closed its own consumer: finish the close once it returns. Delivery thread only. */
    private boolean closeDeferred;

    PetrelMessageConsumer(SessionResources session, ConsumerInfo info, Destination destination, boolean started) {
        this.session = session;
        this.client = session.client();
        this.info = info;
        this.destination = destination;
        this.buffer = new DeliveryBuffer(started);
        this.window = new CreditWindow(info.prefetch());
    }

    ConsumerInfo info() {
        return info;
    }

    AckRanges pendingAcks() {
        return pendingAcks;
    }

    /** Called on the IO thread: queue the delivery and, for a listener, wake the session's delivery thread. */
    void onDeliver(Deliver delivery) {
        buffer.add(delivery);
        if (listener != null) {
            session.delivery().execute(this::deliverToListener);
        }
    }

    @Override
    public Message receive() throws JMSException {
        return receive(0);
    }

    @Override
    public Message receive(long timeout) throws JMSException {
        checkReceivable();
        Deliver delivery = info.prefetch() > 0 ? buffer.take(timeout) : pull(timeout);
        return delivery == null ? null : consumed(delivery);
    }

    @Override
    public Message receiveNoWait() throws JMSException {
        checkReceivable();
        Deliver delivery = info.prefetch() > 0 ? buffer.poll() : pull(-1);
        return delivery == null ? null : consumed(delivery);
    }

    /**
     * Prefetch 0: asks for one message, waits, and on timeout takes the credit back; a message that arrives
     * before the drain's answer is still returned (see {@link dev.petrel.protocol.Drain}).
     *
     * @param timeoutMs 0 waits as long as it takes, below 0 does not wait
     */
    private Deliver pull(long timeoutMs) throws JMSException {
        Deliver leftover = buffer.poll(); // one that came after an earlier drain, while stopped
        if (leftover != null) {
            return leftover;
        }
        client.credit(info, 1);
        Deliver delivery = timeoutMs < 0 ? null : buffer.take(timeoutMs);
        if (delivery != null || closed.get()) {
            return delivery;
        }
        JmsExceptions.await(client.drain(info), session.requestTimeoutMs(), "taking back a pull consumer's credit");
        return buffer.poll();
    }

    /**
     * JMSConsumer.receiveBody: the next message's body as {@code type}. A message without a readable body of that
     * type fails with MessageFormatException; in AUTO and DUPS_OK mode it is then delivered again, as if the call
     * had not happened, in the other modes it counts as consumed (JMSConsumer.receiveBody javadoc).
     *
     * @param timeoutMs 0 waits as long as it takes, below 0 does not wait
     */
    <T> T receiveBody(Class<T> type, long timeoutMs) throws JMSException {
        checkReceivable();
        Deliver delivery = timeoutMs < 0 ? (info.prefetch() > 0 ? buffer.poll() : pull(-1))
                : (info.prefetch() > 0 ? buffer.take(timeoutMs) : pull(timeoutMs));
        if (delivery == null) {
            return null;
        }
        PetrelMessage message = session.toMessage(delivery);
        T body = MessageBodies.readableBody(message, type);
        if (body == null && session.acks().redeliversAfterListenerFailure()) {
            buffer.pushBack(delivery);
        } else {
            consumed(delivery, message);
        }
        if (body == null) {
            throw new jakarta.jms.MessageFormatException("the message " + message.getJMSMessageID() + " has no body "
                    + "that can be read as " + type.getName() + " (JMSConsumer.receiveBody javadoc)");
        }
        return body;
    }

    private Message consumed(Deliver delivery) throws JMSException {
        return consumed(delivery, session.toMessage(delivery));
    }

    private Message consumed(Deliver delivery, PetrelMessage message) {
        lastDeliveredId = delivery.deliveryId();
        session.acks().delivered(this, delivery.deliveryId());
        session.acks().completed(this, delivery.deliveryId(), buffer.hasReady());
        topUpCredit();
        return message;
    }

    private void topUpCredit() {
        client.credit(info, info.prefetch() > 0 ? window.onConsumed() : (listener != null ? 1 : 0));
    }

    /** Runs on the session's delivery thread: hands every available delivery to the listener, in order. */
    private void deliverToListener() {
        try {
            for (Deliver d = nextForListener(); d != null; d = nextForListener()) {
                deliverOne(d);
            }
        } catch (JMSException e) {
            LOG.debug("listener delivery for consumer {} ends: {}", info.consumerId(), e.getMessage());
        }
    }

    /**
     * Calls the listener for one delivery. In AUTO and DUPS_OK mode a listener that throws gets the message once
     * more, marked redelivered (Jakarta Messaging 3.1 §8.7); if it throws again the message stays
     * unacknowledged and comes back from the broker when the consumer closes. In CLIENT and transacted mode the
     * message counts as delivered either way. A recover or rollback from inside the listener leaves it unacked.
     */
    private void deliverOne(Deliver d) throws JMSException {
        long epochBefore = epoch;
        lastDeliveredId = d.deliveryId();
        SessionAcknowledgements acks = session.acks();
        acks.delivered(this, d.deliveryId());
        boolean ok;
        inListener = true;
        try {
            ok = callListener(d);
            if (!ok && acks.redeliversAfterListenerFailure() && epochBefore == epoch) {
                ok = callListener(new Deliver(d.consumerId(), d.deliveryId(), d.deliveryCount() + 1, d.message()));
            }
        } finally {
            inListener = false;
        }
        if (epochBefore == epoch) {
            if (ok) {
                acks.completed(this, d.deliveryId(), buffer.hasReady());
            }
            if (!closed.get()) {
                topUpCredit();
            }
        }
        if (closeDeferred) {
            // the listener closed its own consumer: its message counted as delivered first (§8.8)
            closeDeferred = false;
            closeOnBroker().whenComplete((ok2, e) -> {
                if (e != null) {
                    LOG.debug("closing consumer {} after its listener: {}", info.consumerId(), e.getMessage());
                }
            });
        }
    }

    private Deliver nextForListener() throws JMSException {
        return listener == null ? null : buffer.poll();
    }

    /** Calls the listener; false if it threw. */
    private boolean callListener(Deliver delivery) throws JMSException {
        MessageListener l = listener;
        try {
            if (l != null) {
                l.onMessage(session.toMessage(delivery));
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("the MessageListener of consumer {} threw on message {}", info.consumerId(),
                    delivery.message().messageId(), e);
            return false;
        }
    }

    @Override
    public MessageListener getMessageListener() throws JMSException {
        checkOpen();
        return listener;
    }

    @Override
    public void setMessageListener(MessageListener newListener) throws JMSException {
        checkOpen();
        boolean hadListener = listener != null;
        listener = newListener;
        if (newListener != null) {
            if (!hadListener && info.prefetch() == 0) {
                client.credit(info, 1); // a pulling listener keeps one request outstanding
            }
            session.delivery().execute(this::deliverToListener);
        }
    }

    /** The connection started or stopped (§6.1.5). */
    void start(boolean start) {
        buffer.start(start);
        if (start && listener != null) {
            session.delivery().execute(this::deliverToListener);
        }
    }

    /**
     * Takes back every unacknowledged delivery ({@code RECOVER}), drops what is buffered once the broker
     * confirmed (every delivery made before it has arrived by then), and gives the credit back: the messages
     * come again, marked redelivered (protocol {@link dev.petrel.protocol.Recover}).
     */
    void recover() throws JMSException {
        epoch++;
        JmsExceptions.await(client.recover(info, lastDeliveredId), session.requestTimeoutMs(),
                "recovering consumer " + info.consumerId());
        buffer.clear();
        pendingAcks.takeAll();
        window.reset();
        client.credit(info, info.prefetch() > 0 ? info.prefetch() : (listener != null ? 1 : 0));
    }

    /** The connection failed: receives blocked now throw {@code cause}. */
    void onConnectionFailure(JMSException cause) {
        closed.set(true);
        buffer.close(cause);
    }

    @Override
    public void close() throws JMSException {
        CompletableFuture<Void> done = closeLocally();
        JmsExceptions.await(done, session.requestTimeoutMs(), "closing consumer " + info.consumerId());
    }

    /**
     * Stops delivery, waits for a running listener (unless called from it, which the MessageConsumer.close
     * javadoc allows) and asks the broker to close the consumer; the returned future completes with its answer.
     */
    CompletableFuture<Void> closeLocally() throws JMSException {
        if (!closed.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        buffer.close(null);
        if (!session.delivery().inOwnerThread()) {
            JmsExceptions.await(session.delivery().barrier(), 0, "the running MessageListener to return");
        } else if (inListener) {
            // Called by this consumer's own listener: onMessage completes normally and its message is acknowledged
            // as usual before the broker hears of the close (MessageConsumer.close javadoc, §8.8).
            closeDeferred = true;
            return CompletableFuture.completedFuture(null);
        }
        return closeOnBroker();
    }

    private CompletableFuture<Void> closeOnBroker() {
        long lastDelivered = session.acks().beforeClose(this, lastDeliveredId);
        session.forget(this);
        return client.closeConsumer(info, lastDelivered);
    }

    boolean isClosed() {
        return closed.get();
    }

    private void checkOpen() throws IllegalStateException {
        if (closed.get()) {
            throw new IllegalStateException("the consumer is closed");
        }
    }

    private void checkReceivable() throws IllegalStateException {
        checkOpen();
        if (listener != null) {
            throw new IllegalStateException("this consumer has a MessageListener: it cannot also receive "
                    + "synchronously; call setMessageListener(null) first");
        }
    }

    @Override
    public String getMessageSelector() throws JMSException {
        checkOpen();
        return info.selector();
    }

    @Override
    public Queue getQueue() throws JMSException {
        checkOpen();
        return destination instanceof Queue q ? q : null;
    }

    @Override
    public Topic getTopic() throws JMSException {
        checkOpen();
        return destination instanceof Topic t ? t : null;
    }

    @Override
    public boolean getNoLocal() throws JMSException {
        checkOpen();
        return info.noLocal();
    }
}
