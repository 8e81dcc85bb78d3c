package dev.petrel.jms;

import dev.petrel.jms.client.ClientConnector;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.XAQueueConnection;
import jakarta.jms.XATopicConnection;
import java.time.Clock;

/**
 * A connection that makes XA sessions ({@link PetrelXASession}) besides the ordinary ones. Threads: as
 * {@link PetrelConnection}.
 */
public final class PetrelXAConnection extends PetrelConnection implements XAQueueConnection, XATopicConnection {

    private PetrelXAConnection(ConnectionOptions options, ClientConnector connector, Clock clock)
            throws JMSException {
        super(options, connector, clock);
    }

    static PetrelXAConnection openXa(ConnectionOptions options, ClientConnector connector, Clock clock)
            throws JMSException {
        return new PetrelXAConnection(options, connector, clock);
    }

    @Override
    public PetrelXASession createXASession() throws JMSException {
        return openSession(Session.AUTO_ACKNOWLEDGE, SessionDomain.ANY, PetrelXASession::new);
    }

    @Override
    public PetrelXASession createXAQueueSession() throws JMSException {
        return openSession(Session.AUTO_ACKNOWLEDGE, SessionDomain.QUEUE, PetrelXASession::new);
    }

    @Override
    public PetrelXASession createXATopicSession() throws JMSException {
        return openSession(Session.AUTO_ACKNOWLEDGE, SessionDomain.TOPIC, PetrelXASession::new);
    }

    /**
     * An XAResource of this connection that belongs to no session: for a transaction manager's recovery, which
     * only lists, commits and rolls back branches.
     */
    public PetrelXAResource recoveryResource() {
        return new PetrelXAResource(this::client, 0, options().connectTimeoutMs(),
                PetrelXAResource.SessionHooks.NONE);
    }
}
