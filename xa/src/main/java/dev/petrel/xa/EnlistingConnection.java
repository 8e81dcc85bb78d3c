package dev.petrel.xa;

import dev.petrel.jms.PetrelXAConnection;
import dev.petrel.jms.PetrelXASession;
import jakarta.jms.Session;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connection of a {@link JtaConnectionFactory}: {@code createSession} inside an active JTA transaction
 * makes an XA session, enlists its XAResource and returns it behind a proxy whose {@code close} waits for the
 * transaction's completion; outside a transaction it makes an ordinary session. Closing the connection waits
 * for its sessions' transactions too. Every other call goes to the Petrel connection.
 *
 * <p>Threads: any; the set of sessions awaiting completion is concurrent and guarded by this handler.
 */
final class EnlistingConnection implements InvocationHandler {

    private final PetrelXAConnection connection;
    private final TransactionManager tm;
    /** Enlisted sessions whose transaction has not completed yet. */
    private final Set<PetrelXASession> enlisted = ConcurrentHashMap.newKeySet();
    private boolean closeRequested;

    EnlistingConnection(PetrelXAConnection connection, TransactionManager tm) {
        this.connection = connection;
        this.tm = tm;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("createSession")) {
            Transaction tx = Transactions.active(tm);
            if (tx != null) {
                return enlist(connection.createXASession(), tx);
            }
        }
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            closeWhenDone();
            return null;
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Session enlist(PetrelXASession session, Transaction tx) throws Exception {
        try {
            if (!tx.enlistResource(session.getXAResource())) {
                throw new IllegalStateException("the transaction manager refused to enlist the Petrel session");
            }
        } catch (RollbackException | SystemException | RuntimeException e) {
            session.close();
            throw Transactions.jms("cannot enlist a Petrel session in the JTA transaction", e);
        }
        enlisted.add(session);
        DeferredClose closer = new DeferredClose(session);
        tx.registerSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the transaction manager ends the branch itself
            }

            @Override
            public void afterCompletion(int status) {
                completed(session, closer);
            }
        });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                closer);
    }

    private void completed(PetrelXASession session, DeferredClose closer) {
        enlisted.remove(session);
        closer.transactionCompleted();
        boolean closeNow;
        synchronized (this) {
            closeNow = closeRequested && enlisted.isEmpty();
        }
        if (closeNow) {
            DeferredClose.quietly(connection::close);
        }
    }

    private void closeWhenDone() throws Exception {
        synchronized (this) {
            closeRequested = true;
            if (!enlisted.isEmpty()) {
                return;
            }
        }
        connection.close();
    }
}
