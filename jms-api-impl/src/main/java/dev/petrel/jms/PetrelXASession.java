package dev.petrel.jms;

import dev.petrel.jms.client.SessionInfo;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TransactionInProgressException;
import jakarta.jms.XAQueueSession;
import jakarta.jms.XATopicSession;

/**
 * An XA session: a session whose work belongs to the global transaction its {@link PetrelXAResource} is
 * started in. Between {@code start} and {@code end} the broker puts its sends and acknowledgements into the
 * branch; outside a global transaction it works like an AUTO_ACKNOWLEDGE session (each message acknowledged as
 * it is consumed, each send visible at once), as application servers do. It reports itself transacted and
 * refuses {@code commit}, {@code rollback} and {@code recover}: the transaction manager completes its work
 * (XASession javadoc).
 *
 * <p>Threads: as any session, one application thread at a time; the transaction manager may call its
 * XAResource from another.
 */
public final class PetrelXASession extends PetrelSession implements XAQueueSession, XATopicSession {

    private final PetrelXAResource resource;

    PetrelXASession(PetrelConnection connection, SessionInfo info, SessionDomain domain) {
        super(connection, info, domain);
        this.resource = new PetrelXAResource(connection::client, info.sessionId(),
                connection.options().connectTimeoutMs(), new PetrelXAResource.SessionHooks() {
                    @Override
                    public void beforeStart() {
                        resources().acks().flushAuto();
                    }

                    @Override
                    public void rolledBack() throws JMSException {
                        resources().acks().recoverAll();
                    }
                });
    }

    @Override
    public PetrelXAResource getXAResource() {
        return resource;
    }

    @Override
    public PetrelSession getSession() throws JMSException {
        super.getAcknowledgeMode(); // checks that it is open
        return this;
    }

    @Override
    public PetrelSession getQueueSession() throws JMSException {
        return getSession();
    }

    @Override
    public PetrelSession getTopicSession() throws JMSException {
        return getSession();
    }

    /** Always true: the session's work is transacted by the global transaction (XASession javadoc). */
    @Override
    public boolean getTransacted() throws JMSException {
        super.getAcknowledgeMode();
        return true;
    }

    @Override
    public int getAcknowledgeMode() throws JMSException {
        super.getAcknowledgeMode();
        return Session.SESSION_TRANSACTED;
    }

    @Override
    public void commit() throws JMSException {
        super.getAcknowledgeMode();
        throw new TransactionInProgressException("an XA session is committed by its transaction manager through "
                + "its XAResource, not with Session.commit (XASession javadoc)");
    }

    @Override
    public void rollback() throws JMSException {
        super.getAcknowledgeMode();
        throw new TransactionInProgressException("an XA session is rolled back by its transaction manager "
                + "through its XAResource, not with Session.rollback (XASession javadoc)");
    }

    @Override
    public void recover() throws JMSException {
        super.getAcknowledgeMode();
        throw new IllegalStateException("recover() is for non-transacted sessions; an XA session's messages come "
                + "again when its transaction rolls back");
    }
}
