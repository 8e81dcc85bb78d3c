package dev.petrel.jms;

import dev.petrel.jms.client.ConsumerInfo;
import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.Deliver;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * One pass over a queue's messages: a consumer of kind {@code BROWSER} whose deliveries are copies that need no
 * acknowledgement. It asks for the prefetch up front and tops the credit up as the application reads; the
 * broker's {@code BROWSE_END} ends it. Closed on the broker as soon as it is exhausted.
 *
 * <p>Threads: the IO thread adds to the {@link DeliveryBuffer}; the application's thread reads.
 */
final class BrowserEnumeration implements Enumeration<Message> {

    private final SessionResources session;
    private final ConsumerInfo info;
    private final DeliveryBuffer buffer = new DeliveryBuffer(true);
    private final CreditWindow window;
    private final Consumer<BrowserEnumeration> onClose;
    private Deliver next;
    private boolean closed;

    BrowserEnumeration(SessionResources session, Queue queue, String selector,
            Consumer<BrowserEnumeration> onClose) throws JMSException {
        this.session = session;
        int prefetch = Math.max(1, session.prefetch());
        this.info = new ConsumerInfo(session.sessionId(), session.nextId(), Destinations.toRef(queue), selector,
                false, prefetch, ConsumerKind.BROWSER, null);
        this.window = new CreditWindow(prefetch);
        this.onClose = onClose;
    }

    void open() throws JMSException {
        JmsExceptions.await(session.client().createConsumer(info, new dev.petrel.jms.client.DeliveryListener() {
            @Override
            public void onDeliver(Deliver delivery) {
                buffer.add(delivery);
            }

            @Override
            public void onBrowseEnd() {
                buffer.end();
            }
        }), session.requestTimeoutMs(), "browsing " + info.destination());
    }

    /**
     * Waits for the next message or the end of the snapshot, at most the request timeout: a broker that sends
     * neither fails the enumeration (JMSRuntimeException) instead of blocking the application for ever.
     */
    @Override
    public synchronized boolean hasMoreElements() {
        if (next == null && !closed) {
            long timeoutMs = Math.max(1, session.requestTimeoutMs());
            try {
                next = buffer.take(timeoutMs);
            } catch (JMSException e) {
                close();
                throw JmsExceptions.toRuntime(e);
            }
            if (next == null) {
                boolean ended = buffer.isEnded();
                close();
                if (!ended) {
                    throw new JMSRuntimeException("no message and no end of the browse of " + info.destination()
                            + " from the broker within " + timeoutMs + " ms; the enumeration is closed");
                }
            }
        }
        return next != null;
    }

    @Override
    public synchronized Message nextElement() {
        if (!hasMoreElements()) {
            throw new NoSuchElementException("the browser has seen every message of " + info.destination());
        }
        Deliver delivery = next;
        next = null;
        session.client().credit(info, window.onConsumed());
        try {
            return session.toMessage(delivery);
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
    }

    /** Ends the pass and closes the broker-side consumer; idempotent. */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        buffer.close(null);
        onClose.accept(this);
        session.client().closeConsumer(info, 0);
    }
}
