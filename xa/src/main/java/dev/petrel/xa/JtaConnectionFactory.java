package dev.petrel.xa;

import dev.petrel.jms.PetrelXAConnection;
import dev.petrel.jms.PetrelXAConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.transaction.TransactionManager;
import java.lang.reflect.Proxy;

/**
 * A connection factory for Java SE applications that use a JTA transaction manager (Narayana) the way an
 * application server would: a session created while a JTA transaction is active is an XA session whose
 * XAResource is enlisted in that transaction, and closing it is deferred until the transaction completes (the
 * transaction manager ends, prepares and commits or rolls back the branch). A session created outside a
 * transaction is an ordinary session in the mode asked for.
 *
 * <pre>{@code
 * ConnectionFactory cf = new JtaConnectionFactory(new PetrelXAConnectionFactory("tcp://localhost:61616"),
 *         com.arjuna.ats.jta.TransactionManager.transactionManager());
 * }</pre>
 *
 * <p>Threads: immutable; the connections it makes are as thread-safe as Petrel's.
 */
public final class JtaConnectionFactory implements ConnectionFactory {

    private final PetrelXAConnectionFactory xa;
    private final TransactionManager tm;

    public JtaConnectionFactory(PetrelXAConnectionFactory xa, TransactionManager tm) {
        this.xa = xa;
        this.tm = tm;
    }

    @Override
    public Connection createConnection() throws JMSException {
        return enlisting(xa.createXAConnection());
    }

    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        return enlisting(xa.createXAConnection(userName, password));
    }

    private Connection enlisting(PetrelXAConnection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new EnlistingConnection(connection, tm));
    }

    /** A JMSContext outside any transaction; inside one, use {@link #createConnection()} (it enlists). */
    @Override
    public JMSContext createContext() {
        return createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(String userName, String password) {
        return createContext(userName, password, JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        checkNoTransaction();
        return xa.createContext(userName, password, sessionMode);
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        checkNoTransaction();
        return xa.createContext(sessionMode);
    }

    private void checkNoTransaction() {
        if (Transactions.active(tm) != null) {
            throw new IllegalStateRuntimeException("a JMSContext of a JtaConnectionFactory is not enlisted in the "
                    + "JTA transaction; use createConnection().createSession() inside a transaction");
        }
    }
}
