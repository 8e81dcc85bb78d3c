package dev.petrel.xa;

import dev.petrel.jms.PetrelXASession;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session an application holds inside a JTA transaction: every call goes to the XA session, except
 * {@code close}, which only takes effect once the transaction has completed (the branch must stay open for the
 * transaction manager's end, prepare and commit, as in an application server).
 *
 * <p>Threads: the application's thread and the transaction manager's completion thread; the two flags are
 * guarded by this object.
 */
final class DeferredClose implements InvocationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredClose.class);

    /** A close that may fail. */
    @FunctionalInterface
    interface Closing {
        void close() throws Exception;
    }

    private final PetrelXASession session;
    private boolean closeRequested;
    private boolean completed;

    DeferredClose(PetrelXASession session) {
        this.session = session;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            boolean now;
            synchronized (this) {
                closeRequested = true;
                now = completed;
            }
            if (now) {
                session.close();
            }
            return null;
        }
        try {
            return method.invoke(session, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The transaction completed: a close asked for meanwhile happens now. */
    void transactionCompleted() {
        boolean now;
        synchronized (this) {
            completed = true;
            now = closeRequested;
        }
        if (now) {
            quietly(session::close);
        }
    }

    static void quietly(Closing closing) {
        try {
            closing.close();
        } catch (Exception e) {
            LOG.warn("closing after the JTA transaction completed failed: {}", e.toString());
        }
    }
}
