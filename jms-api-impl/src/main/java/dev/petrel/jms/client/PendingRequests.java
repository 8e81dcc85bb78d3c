package dev.petrel.jms.client;

import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Frame;
import jakarta.jms.JMSException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The requests of one connection that wait for an answer, by request id. Thread-safe: requests are opened on
 * application threads, answered on the IO thread. Each future completes exactly once: with the answer, with
 * the exception an {@link ErrorFrame} maps to, or with the connection's end.
 */
final class PendingRequests {

    private final AtomicInteger nextId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Frame>> pending = new ConcurrentHashMap<>();
    /** Set once, when the connection ends; later requests fail at once with it. */
    private volatile JMSException closedCause;

    /** A fresh request id, never 0 (0 means "no answer wanted" on the wire). */
    int nextId() {
        int id;
        do {
            id = nextId.incrementAndGet();
        } while (id == 0);
        return id;
    }

    /** Registers a request; the returned future completes with its answer. */
    CompletableFuture<Frame> open(int requestId) {
        CompletableFuture<Frame> future = new CompletableFuture<>();
        pending.put(requestId, future);
        // A close that ran between the check-free put and now must still fail this request.
        JMSException cause = closedCause;
        if (cause != null) {
            remove(requestId).completeExceptionally(cause);
        }
        return future;
    }

    /** Numbers a request, registers it and hands its frame to {@code transport}; completes with the answer. */
    CompletableFuture<Frame> send(IntFunction<Frame> request, Consumer<Frame> transport) {
        int id = nextId();
        CompletableFuture<Frame> answer = open(id);
        transport.accept(request.apply(id));
        return answer;
    }

    /** Completes the request an answer echoes; returns false when no request waits for it. */
    boolean answer(Frame answer) {
        CompletableFuture<Frame> future = pending.remove(answer.requestId());
        if (future == null) {
            return false;
        }
        if (answer instanceof ErrorFrame error) {
            future.completeExceptionally(JmsExceptions.fromError(error));
        } else {
            future.complete(answer);
        }
        return true;
    }

    /** Fails one request, e.g. because its frame could not be sent. */
    void fail(int requestId, JMSException cause) {
        remove(requestId).completeExceptionally(cause);
    }

    /** Why the connection ended, or null while it is open. */
    JMSException closedCause() {
        return closedCause;
    }

    /** Fails every waiting request and every later one with {@code cause}. */
    void closeAll(JMSException cause) {
        if (closedCause == null) {
            closedCause = cause;
        }
        for (Integer id : pending.keySet()) {
            remove(id).completeExceptionally(closedCause);
        }
    }

    private CompletableFuture<Frame> remove(int requestId) {
        CompletableFuture<Frame> future = pending.remove(requestId);
        return future == null ? new CompletableFuture<>() : future;
    }
}
