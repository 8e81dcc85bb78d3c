package dev.petrel.jms;

import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks at a queue's messages without taking them (Jakarta Messaging 3.1 §4.1.6). Each
 * {@link #getEnumeration()} opens a broker-side consumer of kind {@code BROWSER} that sees a snapshot of the
 * queue (through the selector, if any); {@link BrowserEnumeration} pulls it with credit until
 * {@code BROWSE_END}. Closing the browser closes its open enumerations.
 *
 * <p>Threads: the session's thread; the set of open enumerations is concurrent because the session may close
 * the browser from another thread.
 */
public final class PetrelQueueBrowser implements QueueBrowser {

    private final SessionResources session;
    private final Queue queue;
    private final String selector;
    private final Set<BrowserEnumeration> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    PetrelQueueBrowser(SessionResources session, Queue queue, String selector) {
        this.session = session;
        this.queue = queue;
        this.selector = selector;
    }

    @Override
    public Queue getQueue() throws JMSException {
        checkOpen();
        return queue;
    }

    @Override
    public String getMessageSelector() throws JMSException {
        checkOpen();
        return selector;
    }

    @Override
    public Enumeration<?> getEnumeration() throws JMSException {
        checkOpen();
        BrowserEnumeration enumeration = new BrowserEnumeration(session, queue, selector, open::remove);
        open.add(enumeration);
        enumeration.open();
        return enumeration;
    }

    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        closed = true;
        session.forget(this);
        for (BrowserEnumeration enumeration : Set.copyOf(open)) {
            enumeration.close();
        }
    }

    private void checkOpen() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("the queue browser is closed");
        }
    }
}
