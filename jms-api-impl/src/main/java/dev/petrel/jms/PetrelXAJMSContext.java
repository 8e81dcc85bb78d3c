package dev.petrel.jms;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TransactionInProgressRuntimeException;
import jakarta.jms.XAJMSContext;

/**
 * The simplified API over an XA session (XAJMSContext javadoc): its work belongs to the global transaction
 * its XAResource is started in, so it reports itself transacted and refuses {@code commit} and
 * {@code rollback}. Threads: as {@link PetrelJMSContext}.
 */
public final class PetrelXAJMSContext extends PetrelJMSContext implements XAJMSContext {

    PetrelXAJMSContext(ContextConnection shared) {
        super(shared, Session.AUTO_ACKNOWLEDGE);
    }

    @Override
    PetrelSession openSession(PetrelConnection connection, int mode) throws JMSException {
        return connection.openSession(mode, SessionDomain.ANY, PetrelXASession::new);
    }

    @Override
    public JMSContext getContext() {
        getSessionMode(); // checks that it is open
        return this;
    }

    @Override
    public PetrelXAResource getXAResource() {
        return Unchecked.call(() -> ((PetrelXASession) session()).getXAResource());
    }

    @Override
    public boolean getTransacted() {
        getSessionMode();
        return true;
    }

    @Override
    public int getSessionMode() {
        super.getSessionMode();
        return JMSContext.SESSION_TRANSACTED;
    }

    @Override
    public void commit() {
        getSessionMode();
        throw new TransactionInProgressRuntimeException("an XAJMSContext is committed by its transaction manager "
                + "through its XAResource (XAJMSContext javadoc)");
    }

    @Override
    public void rollback() {
        getSessionMode();
        throw new TransactionInProgressRuntimeException("an XAJMSContext is rolled back by its transaction "
                + "manager through its XAResource (XAJMSContext javadoc)");
    }
}
