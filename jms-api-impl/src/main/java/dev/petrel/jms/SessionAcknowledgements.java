package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.JmsExceptions;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * When and how a session tells the broker which messages its consumers consumed, per acknowledge mode (Jakarta
 * Messaging 3.1 §6.2.10): AUTO acknowledges each message as receive returns it or its listener returns, and
 * sends the acknowledgements of a backlog the consumer works through in ranges (one frame per batch instead of
 * one per message: the consumer has its next message already, so the broker gains nothing from hearing sooner;
 * the last one before the consumer runs dry, closes, recovers or joins an XA branch is sent at once);
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
    /** Acknowledgements an AUTO consumer with more messages buffered, or a DUPS_OK one, sends as one range. */
    private final int ackBatch;
    /** CLIENT_ACKNOWLEDGE: closed consumers whose delivered messages the session has not acknowledged yet. */
    private final List<PetrelMessageConsumer> closedUnacknowledged = new CopyOnWriteArrayList<>();

    SessionAcknowledgements(int mode, Supplier<BrokerClient> client,
            Supplier<Collection<PetrelMessageConsumer>> consumers, long requestTimeoutMs, int prefetch) {
        this.mode = mode;
        this.client = client;
        this.consumers = consumers;
        this.requestTimeoutMs = requestTimeoutMs;
        this.ackBatch = Math.max(1, Math.min(100, prefetch / 2));
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

    /**
     * The application is done with it (receive returned, or the listener returned normally).
     *
     * @param moreBuffered whether the consumer holds its next message already
     */
    void completed(PetrelMessageConsumer consumer, long deliveryId, boolean moreBuffered) {
        if (mode == Session.AUTO_ACKNOWLEDGE || mode == Session.DUPS_OK_ACKNOWLEDGE) {
            consumer.pendingAcks().add(deliveryId);
            boolean sendNow = mode == Session.AUTO_ACKNOWLEDGE && !moreBuffered;
            if (sendNow || consumer.pendingAcks().count() >= ackBatch) {
                flush(consumer);
            }
        }
    }

    /** AUTO: sends the ranges still held back, before anything that must see them applied (recover, XA start). */
    void flushAuto() {
        if (mode == Session.AUTO_ACKNOWLEDGE) {
            consumers.get().forEach(this::flush);
        }
    }

    /** Sends what the consumer has pending, without waiting (DUPS_OK batches, a closing consumer's rest). */
    void flush(PetrelMessageConsumer consumer) {
        for (AckRanges.Range r : consumer.pendingAcks().takeAll()) {
            client.get().acknowledge(consumer.info(), r.first(), r.last());
        }
    }

    /**
     * A consumer is closing: returns the last delivered id its {@code CLOSE_CONSUMER} carries. Closing a consumer
     * changes nothing about the acknowledgement of the messages it delivered (Jakarta Messaging 3.1 §8.8): DUPS_OK
     * sends its lazy acknowledgements first; a transacted session sends the consumed ranges into the transaction
     * first (the broker keeps them with it until commit or rollback); CLIENT_ACKNOWLEDGE keeps the consumer's
     * unacknowledged ranges with the session, which acknowledges them with the next {@code Message.acknowledge}
     * or takes them back on recover (the broker keeps those deliveries until then; with nothing unacknowledged
     * the close carries 0, so only never-seen prefetched messages go back).
     */
    long beforeClose(PetrelMessageConsumer consumer, long lastDeliveredId) {
        if (mode != Session.CLIENT_ACKNOWLEDGE) {
            flush(consumer);
        } else {
            if (consumer.pendingAcks().count() == 0) {
                return 0;
            }
            closedUnacknowledged.add(consumer);
        }
        return lastDeliveredId;
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
        List<PetrelMessageConsumer> closed = takeClosedUnacknowledged();
        List<PetrelMessageConsumer> all = new ArrayList<>(consumers.get());
        all.addAll(closed);
        for (PetrelMessageConsumer consumer : all) {
            for (AckRanges.Range r : consumer.pendingAcks().takeAll()) {
                acks.add(client.get().acknowledgeConfirmed(consumer.info(), r.first(), r.last()));
            }
        }
        for (PetrelMessageConsumer consumer : closed) {
            acks.add(client.get().closeConsumer(consumer.info(), 0)); // the broker may forget it now
        }
        JmsExceptions.await(CompletableFuture.allOf(acks.toArray(CompletableFuture<?>[]::new)), requestTimeoutMs,
                "acknowledging the session's messages");
    }

    private List<PetrelMessageConsumer> takeClosedUnacknowledged() {
        List<PetrelMessageConsumer> taken = new ArrayList<>(closedUnacknowledged);
        closedUnacknowledged.removeAll(taken);
        return taken;
    }

    /** Transacted: sends every consumed range ahead of the COMMIT (the broker applies them with it). */
    void sendForCommit() {
        consumers.get().forEach(this::flush);
    }

    /**
     * Takes back every unacknowledged message of every consumer: they come again, marked redelivered, from the
     * oldest (Session.recover javadoc; after a rollback, §6.2.7).
     */
    void recoverAll() throws JMSException {
        flushAuto(); // what AUTO consumed is acknowledged, whether or not the broker heard it yet
        JMSException first = null;
        List<CompletableFuture<Void>> released = new ArrayList<>();
        for (PetrelMessageConsumer consumer : takeClosedUnacknowledged()) {
            consumer.pendingAcks().takeAll();
            // a second close returns what the broker kept for the closed consumer, marked redelivered
            released.add(client.get().closeConsumer(consumer.info(), 0));
        }
        try {
            JmsExceptions.await(CompletableFuture.allOf(released.toArray(CompletableFuture<?>[]::new)),
                    requestTimeoutMs, "returning the messages of closed consumers");
        } catch (JMSException e) {
            first = e;
        }
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
