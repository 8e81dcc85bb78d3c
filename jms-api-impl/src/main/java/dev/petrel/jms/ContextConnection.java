package dev.petrel.jms;

import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;

/**
 * The connection behind one or more JMSContexts: {@code JMSContext.createContext(sessionMode)} makes another
 * context on the same connection (JMSContext javadoc), and the connection closes when the last of them does.
 *
 * <p>Threads: any context's thread; the count is guarded by this object's monitor.
 */
final class ContextConnection {

    private final PetrelConnection connection;
    private int contexts = 1;

    ContextConnection(PetrelConnection connection) {
        this.connection = connection;
    }

    PetrelConnection connection() {
        return connection;
    }

    /** One more context uses the connection; its client ID can no longer be set (setClientID javadoc). */
    synchronized void share() throws JMSException {
        if (contexts == 0) {
            throw new IllegalStateException("the connection of this JMSContext is closed");
        }
        contexts++;
        connection.fixClientId();
    }

    /** A context closed; the last one closes the connection. */
    void release() throws JMSException {
        boolean last;
        synchronized (this) {
            last = contexts > 0 && --contexts == 0;
        }
        if (last) {
            connection.close();
        }
    }
}
