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

    private final long sessionId;
    /** Null unless the session is transacted. */
    private final LocalTransaction transaction;

    SessionState(long sessionId, int ackMode) {
        this.sessionId = sessionId;
        this.transaction = ackMode == TRANSACTED ? new LocalTransaction() : null;
    }

    long sessionId() {
        return sessionId;
    }

    /** The current transaction, or null when the session is not transacted. */
    LocalTransaction transaction() {
        return transaction;
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
