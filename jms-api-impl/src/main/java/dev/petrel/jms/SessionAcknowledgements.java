package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.JmsExceptions;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * When and how a session tells the broker which messages its consumers consumed, per acknowledge mode (Jakarta
 * Messaging 3.1 §6.2.10): AUTO acknowledges each message as receive returns it or its listener returns;
 * DUPS_OK collects them and acknowledges in batches; CLIENT keeps them until {@code Message.acknowledge}, which
 * acknowledges everything the session consumed so far, across its consumers; a transacted session sends them
 * right before its {@code COMMIT}. Also takes back what the session consumed ({@link #recoverAll}) for
 * {@code Session.recover} and rollback.
 *
 * <p>Threads: called on the session's thread (the application's or its delivery thread); the pending ranges
 * live in each consumer's thread-safe {@link AckRanges}.
 */
final class SessionAcknowledgements {

    private final int mode;
    private final Supplier<BrokerClient> client;
    private final Supplier<Collection<PetrelMessageConsumer>> consumers;
    private final long requestTimeoutMs;
    private final int dupsOkBatch;

    SessionAcknowledgements(int mode, Supplier<BrokerClient> client,
            Supplier<Collection<PetrelMessageConsumer>> consumers, long requestTimeoutMs, int prefetch) {
        this.mode = mode;
        this.client = client;
        this.consumers = consumers;
        this.requestTimeoutMs = requestTimeoutMs;
        this.dupsOkBatch = Math.max(1, Math.min(100, prefetch / 2));
    }

    int mode() {
        return mode;
    }

    /** AUTO and DUPS_OK: a listener that throws gets its message again (Jakarta Messaging 3.1 §8.7). */
    boolean redeliversAfterListenerFailure() {
        return mode == Session.AUTO_ACKNOWLEDGE || mode == Session.DUPS_OK_ACKNOWLEDGE;
    }

    /** A message was handed to the application (receive returned it, or its listener is about to run). */
    void delivered(PetrelMessageConsumer consumer, long deliveryId) {
        if (mode == Session.CLIENT_ACKNOWLEDGE || mode == Session.SESSION_TRANSACTED) {
            consumer.pendingAcks().add(deliveryId);
        }
    }

    /** The application is done with it (receive returned, or the listener returned normally). */
    void completed(PetrelMessageConsumer consumer, long deliveryId) {
        if (mode == Session.AUTO_ACKNOWLEDGE) {
            client.get().acknowledge(consumer.info(), deliveryId, deliveryId);
        } else if (mode == Session.DUPS_OK_ACKNOWLEDGE) {
            consumer.pendingAcks().add(deliveryId);
            if (consumer.pendingAcks().count() >= dupsOkBatch) {
                flush(consumer);
            }
        }
    }

    /** Sends what the consumer has pending, without waiting (DUPS_OK batches, a closing consumer's rest). */
    void flush(PetrelMessageConsumer consumer) {
        for (AckRanges.Range r : consumer.pendingAcks().takeAll()) {
            client.get().acknowledge(consumer.info(), r.first(), r.last());
        }
    }

    /** DUPS_OK: sends a closing consumer's pending acknowledgements ahead of its close. */
    void flushLazyAck(PetrelMessageConsumer consumer) {
        if (mode == Session.DUPS_OK_ACKNOWLEDGE) {
            flush(consumer);
        }
    }

    /**
     * {@code Message.acknowledge}: in CLIENT_ACKNOWLEDGE mode acknowledges everything the session consumed, for
     * every consumer, and waits for the broker; ignored in the other modes (Message.acknowledge javadoc).
     */
    void acknowledgeAll() throws JMSException {
        if (mode != Session.CLIENT_ACKNOWLEDGE) {
            return;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (PetrelMessageConsumer consumer : consumers.get()) {
            for (AckRanges.Range r : consumer.pendingAcks().takeAll()) {
                acks.add(client.get().acknowledgeConfirmed(consumer.info(), r.first(), r.last()));
            }
        }
        JmsExceptions.await(CompletableFuture.allOf(acks.toArray(CompletableFuture<?>[]::new)), requestTimeoutMs,
                "acknowledging the session's messages");
    }

    /** Transacted: sends every consumed range ahead of the COMMIT (the broker applies them with it). */
    void sendForCommit() {
        consumers.get().forEach(this::flush);
    }

    /**
     * Takes back every unacknowledged message of every consumer: they come again, marked redelivered, from the
     * oldest (Session.recover javadoc; after a rollback, §6.2.8).
     */
    void recoverAll() throws JMSException {
        JMSException first = null;
        for (PetrelMessageConsumer consumer : consumers.get()) {
            consumer.pendingAcks().takeAll();
            try {
                consumer.recover();
            } catch (JMSException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
