package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;
import jakarta.jms.CompletionListener;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous sends of one session (Jakarta Messaging 3.1 §7.3): runs their {@link CompletionListener}
 * callbacks in order on the session's delivery thread, knows when a thread is inside one of them (close, commit
 * and rollback of its own session, connection or context must then throw IllegalStateException), and lets close
 * and commit wait until every outstanding send has called back (§7.3, Session.close javadoc).
 *
 * <p>Threads: sends start on the session's thread, outcomes arrive on the IO thread, callbacks run on the
 * session's {@link SerialExecutor}; the outstanding count is guarded by this object's monitor.
 */
final class CompletionCallbacks {

    /** The callbacks whose listener runs on this thread right now, or null. */
    private static final ThreadLocal<CompletionCallbacks> RUNNING = new ThreadLocal<>();

    private final SerialExecutor delivery;
    private final Object connection;
    private int outstanding;

    /** @param connection the owning connection, so that connection-level calls can tell their own callbacks */
    CompletionCallbacks(SerialExecutor delivery, Object connection) {
        this.delivery = delivery;
        this.connection = connection;
    }

    /** Reports {@code sent}'s outcome to {@code listener} on the delivery thread, after earlier ones. */
    void track(CompletableFuture<Void> sent, Message message, CompletionListener listener, String what) {
        synchronized (this) {
            outstanding++;
        }
        sent.whenComplete((ok, error) -> delivery.execute(() -> {
            RUNNING.set(this);
            try {
                if (error == null) {
                    listener.onCompletion(message);
                } else {
                    listener.onException(message, JmsExceptions.toJms(error, what));
                }
            } finally {
                RUNNING.remove();
                done();
            }
        }));
    }

    private synchronized void done() {
        outstanding--;
        notifyAll();
    }

    /** Throws IllegalStateException when called from one of this session's CompletionListener callbacks. */
    void checkNotInCallback(String what) throws IllegalStateException {
        if (RUNNING.get() == this) {
            throw inCallback(what);
        }
    }

    /** True when the running thread is in a callback of any session of {@code owner}. */
    static boolean inCallbackOf(Object owner) {
        CompletionCallbacks running = RUNNING.get();
        return running != null && running.connection == owner;
    }

    static IllegalStateException inCallback(String what) {
        return new IllegalStateException("a CompletionListener callback must not call " + what + " on its own "
                + "session, producer, connection or context (Jakarta Messaging 3.1 §7.3)");
    }

    /**
     * Waits until every outstanding send has called back. On the delivery thread itself the callbacks queue
     * behind the caller, so it cannot wait for them there.
     */
    void awaitOutstanding() throws JMSException {
        if (delivery.inOwnerThread()) {
            return;
        }
        synchronized (this) {
            try {
                while (outstanding > 0) {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw JmsExceptions.wrap("interrupted while waiting for asynchronous sends to complete", e);
            }
        }
    }
}
