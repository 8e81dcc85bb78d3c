package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.tx.LocalTransaction;
import dev.petrel.protocol.ErrorCode;

/**
 * One session of a connection: its id and, when it is transacted (acknowledge mode 0), its current
 * transaction. Owned by the connection's event loop.
 */
final class SessionState {

    static final int TRANSACTED = 0;
    static final int CLIENT_ACKNOWLEDGE = 2;

    private final long sessionId;
    private final int ackMode;
    /** Null unless the session is transacted. */
    private final LocalTransaction transaction;
    /** The XA branch work the session is associated with (between XA_START and XA_END), or null. */
    private LocalTransaction branchWork;

    SessionState(long sessionId, int ackMode) {
        this.sessionId = sessionId;
        this.ackMode = ackMode;
        this.transaction = ackMode == TRANSACTED ? new LocalTransaction() : null;
    }

    long sessionId() {
        return sessionId;
    }

    /** Whether the application acknowledges explicitly, for everything the session consumed (CLIENT_ACKNOWLEDGE). */
    boolean clientAcknowledge() {
        return ackMode == CLIENT_ACKNOWLEDGE;
    }

    /** The current transaction, or null when the session is not transacted. */
    LocalTransaction transaction() {
        return transaction;
    }

    /** Where the session's sends and acknowledgements go: its XA branch, its transaction, or null (at once). */
    LocalTransaction work() {
        return branchWork != null ? branchWork : transaction;
    }

    /** Whether the session is transacted (local transactions), and so cannot join an XA branch. */
    boolean transacted() {
        return transaction != null;
    }

    /** Associates the session with an XA branch's work (XA_START); null ends the association (XA_END). */
    void associate(LocalTransaction work) {
        this.branchWork = work;
    }

    boolean associated() {
        return branchWork != null;
    }

    /**
     * @throws BrokerException ILLEGAL_STATE naming {@code operation} when the session is not transacted
     */
    LocalTransaction requireTransaction(String operation) {
        if (transaction == null) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, operation + " needs a transacted session; session "
                    + sessionId + " is not transacted");
        }
        return transaction;
    }
}
