package dev.petrel.broker.cli;

import jakarta.jms.CompletionListener;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asynchronous sends (JMS 2.0 {@link CompletionListener}) with at most {@code size} unconfirmed at a time: the
 * sending thread blocks when the window is full, and the first failure the broker reports stops the run.
 * Used by one sending thread; completions arrive on the session's delivery thread.
 */
final class SendWindow {

    private final int size;
    private final Semaphore free;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    SendWindow(int size) {
        this.size = size;
        this.free = new Semaphore(size);
    }

    /** Sends once the window has room; throws the first failure any earlier send reported. */
    void send(MessageProducer producer, Message message) throws JMSException {
        free.acquireUninterruptibly();
        rethrowFailure();
        producer.send(message, new CompletionListener() {
            @Override
            public void onCompletion(Message sent) {
                free.release();
            }

            @Override
            public void onException(Message unsent, Exception e) {
                failure.compareAndSet(null, e);
                free.release();
            }
        });
    }

    /** Waits until the broker confirmed every send, or throws the first failure. */
    void awaitAll() throws JMSException {
        free.acquireUninterruptibly(size);
        free.release(size);
        rethrowFailure();
    }

    private void rethrowFailure() throws JMSException {
        Exception e = failure.get();
        if (e instanceof JMSException jms) {
            throw jms;
        }
        if (e != null) {
            JMSException wrapped = new JMSException("the broker refused a send: " + e.getMessage());
            wrapped.setLinkedException(e);
            throw wrapped;
        }
    }
}
