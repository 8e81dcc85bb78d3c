package dev.petrel.xa;

import jakarta.jms.JMSException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

/** Small JTA helpers: the calling thread's active transaction, JTA failures as JMSExceptions. */
final class Transactions {

    private Transactions() {
    }

    /** The thread's transaction when it is active (not marked rollback-only, not completing), else null. */
    static Transaction active(TransactionManager tm) {
        try {
            Transaction tx = tm.getTransaction();
            return tx != null && tx.getStatus() == Status.STATUS_ACTIVE ? tx : null;
        } catch (SystemException e) {
            throw new IllegalStateException("the transaction manager failed: " + e.getMessage(), e);
        }
    }

    static JMSException jms(String message, Exception cause) {
        JMSException e = new JMSException(message + ": " + cause);
        e.setLinkedException(cause);
        e.initCause(cause);
        return e;
    }
}
