package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;

import dev.petrel.protocol.Deliver;
import jakarta.jms.JMSException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The deliveries one consumer holds and the gate in front of them: the IO thread adds, the application's
 * receive (or the session's delivery thread) takes, but only while the connection is started (Jakarta
 * Messaging 3.1 §6.1.5: a stopped connection delivers nothing, messages stay buffered). Closing wakes every
 * waiting receive. Thread-safe; all state is guarded by {@link #lock}.
 */
final class DeliveryBuffer {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Deliver> deliveries = new ArrayDeque<>();
    private boolean started;
    private boolean closed;
    /** A browser's snapshot is complete: once empty, takes return null instead of waiting. */
    private boolean ended;
    /** Why the connection failed, thrown to receivers; null when closed on purpose. */
    private JMSException failure;

    DeliveryBuffer(boolean started) {
        this.started = started;
    }

    /** Called on the IO thread; never blocks for long. */
    void add(Deliver delivery) {
        lock.lock();
        try {
            if (!closed) {
                deliveries.add(delivery);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The next delivery if the gate is open, else null; never waits. */
    Deliver poll() throws JMSException {
        lock.lock();
        try {
            return available() ? deliveries.poll() : null;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a delivery can be taken now without waiting. */
    boolean hasReady() {
        lock.lock();
        try {
            return started && !closed && failure == null && !deliveries.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for the next delivery.
     *
     * @param timeoutMs how long to wait; 0 or less waits until a delivery comes or the buffer closes
     * @return the delivery, or null when the time is up or the buffer is closed
     */
    Deliver take(long timeoutMs) throws JMSException {
        long remaining = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        lock.lock();
        try {
            while (!available() && !closed && !ended) {
                if (timeoutMs <= 0) {
                    changed.await();
                } else if (remaining <= 0) {
                    return null;
                } else {
                    remaining = changed.awaitNanos(remaining);
                }
            }
            return available() ? deliveries.poll() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw JmsExceptions.wrap("interrupted while waiting for a message", e);
        } finally {
            lock.unlock();
        }
    }

    private boolean available() throws JMSException {
        if (failure != null) {
            throw failure;
        }
        return started && !closed && !deliveries.isEmpty();
    }

    void start(boolean start) {
        lock.lock();
        try {
            started = start;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Puts a delivery back in front, to be taken again next (a receiveBody that could not read it). */
    void pushBack(Deliver delivery) {
        lock.lock();
        try {
            deliveries.addFirst(delivery);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Drops what is buffered: the broker took those deliveries back (recover, rollback). */
    void clear() {
        lock.lock();
        try {
            deliveries.clear();
        } finally {
            lock.unlock();
        }
    }

    /** No more deliveries will come (a browser's {@code BROWSE_END}); waiting takes return null once empty. */
    void end() {
        lock.lock();
        try {
            ended = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether no more deliveries will come: the browse ended or the buffer was closed. */
    boolean isEnded() {
        lock.lock();
        try {
            return ended || closed;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the buffer and wakes every waiting receive: with {@code cause} they throw it, else get null. */
    void close(JMSException cause) {
        lock.lock();
        try {
            closed = true;
            failure = cause;
            deliveries.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
