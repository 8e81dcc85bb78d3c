package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.jms.client.SessionInfo;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.TransactionRolledBackException;
import java.util.function.Supplier;

/**
 * The local transaction of a transacted session (Jakarta Messaging 3.1 §6.2.7). The broker buffers the
 * session's sends until commit (a send's receipt comes at once); consumed messages are acknowledged at commit:
 * their ranges go out right before the {@code COMMIT}. A rollback is {@code ROLLBACK} followed by a
 * {@code RECOVER} of each consumer, so the consumed messages come again, marked redelivered.
 *
 * <p>Threads: called on the session's thread only; holds no mutable state of its own.
 */
final class TransactionContext {

    private final SessionInfo session;
    private final Supplier<BrokerClient> client;
    private final SessionAcknowledgements acks;
    private final CompletionCallbacks callbacks;
    private final long requestTimeoutMs;

    TransactionContext(SessionInfo session, Supplier<BrokerClient> client, SessionAcknowledgements acks,
            CompletionCallbacks callbacks, long requestTimeoutMs) {
        this.session = session;
        this.client = client;
        this.acks = acks;
        this.callbacks = callbacks;
        this.requestTimeoutMs = requestTimeoutMs;
    }

    boolean transacted() {
        return session.ackMode() == 0;
    }

    /**
     * Commits; a transaction the broker rolled back instead is recovered and reported as
     * TransactionRolledBackException (Session.commit javadoc).
     */
    void commit() throws JMSException {
        check("commit");
        callbacks.awaitOutstanding(); // §7.3: commit waits for incomplete asynchronous sends
        acks.sendForCommit();
        try {
            JmsExceptions.await(client.get().commit(session), requestTimeoutMs, "committing the transaction");
        } catch (TransactionRolledBackException | IllegalStateException e) {
            recoverAfterFailedCommit();
            throw e;
        } catch (JMSException e) {
            recoverAfterFailedCommit();
            TransactionRolledBackException rolledBack = new TransactionRolledBackException("the commit failed "
                    + "and the transaction was rolled back: " + e.getMessage(), e.getErrorCode());
            rolledBack.setLinkedException(e);
            rolledBack.initCause(e);
            throw rolledBack;
        }
    }

    private void recoverAfterFailedCommit() {
        try {
            acks.recoverAll();
        } catch (JMSException e) {
            // the connection is gone: the broker returns the messages itself
        }
    }

    /** Rolls back: the sends are discarded, the consumed messages come again (Session.rollback javadoc). */
    void rollback() throws JMSException {
        check("rollback");
        callbacks.awaitOutstanding();
        JmsExceptions.await(client.get().rollback(session), requestTimeoutMs, "rolling back the transaction");
        acks.recoverAll();
    }

    private void check(String what) throws IllegalStateException {
        callbacks.checkNotInCallback(what);
        if (!transacted()) {
            throw new IllegalStateException(what + "() needs a transacted session (Session." + what + " javadoc)");
        }
    }
}
