package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.WireXid;
import dev.petrel.protocol.XaCommit;
import dev.petrel.protocol.XaEnd;
import dev.petrel.protocol.XaForget;
import dev.petrel.protocol.XaPrepare;
import dev.petrel.protocol.XaRecover;
import dev.petrel.protocol.XaResult;
import dev.petrel.protocol.XaRollback;
import dev.petrel.protocol.XaStart;
import jakarta.jms.JMSException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link XAResource} of one XA session (or, without a session, of a connection used only to complete and
 * recover branches). Every call is one XA request to the broker, which keeps the branches; the answer's XA code
 * is returned or thrown as an {@link XAException} with that code. A broker that cannot be asked is
 * {@code XAER_RMFAIL}. Two resources are the same resource manager when they talk to the same broker (its name
 * from the handshake). After a rollback of a branch its session worked in, the session takes back what it
 * consumed (it is redelivered, marked), as after a local rollback.
 *
 * <p>Threads: the transaction manager may call from any thread; the state is a volatile timeout and a
 * concurrent set of the branches this session worked in.
 */
public final class PetrelXAResource implements XAResource {

    private static final Logger LOG = LoggerFactory.getLogger(PetrelXAResource.class);

    /** What the resource's session does around its branches. */
    interface SessionHooks {
        /** For a resource without a session, which only completes and recovers branches. */
        SessionHooks NONE = new SessionHooks() {
            @Override
            public void beforeStart() {
                // no session, no work outside a branch
            }

            @Override
            public void rolledBack() {
                // no session, nothing consumed
            }
        };

        /** Before a branch starts: what the session did outside it must reach the broker first. */
        void beforeStart();

        /** Takes back the session's consumed messages after its branch rolled back. */
        void rolledBack() throws JMSException;
    }

    private final Supplier<BrokerClient> client;
    /** The session the branches' work is done in; 0 for a resource that only completes and recovers. */
    private final long sessionId;
    private final long requestTimeoutMs;
    private final SessionHooks session;
    private final Set<WireXid> worked = ConcurrentHashMap.newKeySet();
    private volatile int timeoutSeconds;

    PetrelXAResource(Supplier<BrokerClient> client, long sessionId, long requestTimeoutMs,
            SessionHooks session) {
        this.client = client;
        this.sessionId = sessionId;
        this.requestTimeoutMs = requestTimeoutMs;
        this.session = session;
    }

    /** The name of the broker this resource talks to. */
    public String brokerName() {
        return client.get().connectionInfo().brokerName();
    }

    /**
     * The identity of the broker this resource talks to: equal ids mean the same resource manager. Not the name:
     * two brokers left at the default name are two resource managers, and a transaction manager that joined
     * their branches would commit one broker's work on the other.
     */
    public String brokerId() {
        return client.get().connectionInfo().brokerId();
    }

    @Override
    public void start(Xid xid, int flags) throws XAException {
        WireXid wire = XaIds.toWire(xid);
        checkSession("start");
        session.beforeStart();
        call(id -> new XaStart(id, sessionId, wire, flags, timeoutSeconds), "start of " + wire);
        worked.add(wire);
    }

    @Override
    public void end(Xid xid, int flags) throws XAException {
        WireXid wire = XaIds.toWire(xid);
        checkSession("end");
        call(id -> new XaEnd(id, sessionId, wire, flags), "end of " + wire);
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        WireXid wire = XaIds.toWire(xid);
        return completing(wire, () -> call(id -> new XaPrepare(id, wire), "prepare of " + wire));
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        WireXid wire = XaIds.toWire(xid);
        completing(wire, () -> call(id -> new XaCommit(id, wire, onePhase), "commit of " + wire));
        worked.remove(wire);
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        WireXid wire = XaIds.toWire(xid);
        call(id -> new XaRollback(id, wire), "rollback of " + wire);
        takeBackConsumed(wire);
    }

    @Override
    public void forget(Xid xid) throws XAException {
        WireXid wire = XaIds.toWire(xid);
        call(id -> new XaForget(id, wire), "forget of " + wire);
    }

    /** Every prepared branch of the broker, in one scan: at TMSTARTRSCAN; nothing more at the scan's end. */
    @Override
    public Xid[] recover(int flag) throws XAException {
        if ((flag & ~(TMSTARTRSCAN | TMENDRSCAN)) != 0) {
            throw XaErrors.of(XAException.XAER_INVAL, "recover takes TMSTARTRSCAN, TMENDRSCAN or TMNOFLAGS");
        }
        if ((flag & TMSTARTRSCAN) == 0) {
            return new Xid[0];
        }
        XaResult result = ask(XaRecover::new, "recover");
        return result.xids().stream().map(XaIds::fromWire).toArray(Xid[]::new);
    }

    @Override
    public boolean isSameRM(XAResource other) throws XAException {
        if (!(other instanceof PetrelXAResource p)) {
            return false;
        }
        try {
            return brokerId().equals(p.brokerId());
        } catch (RuntimeException e) {
            throw XaErrors.notAnswered("isSameRM", e);
        }
    }

    @Override
    public int getTransactionTimeout() {
        return timeoutSeconds;
    }

    /** Sets the timeout of branches started from now on; the broker rolls back a branch unprepared by then. */
    @Override
    public boolean setTransactionTimeout(int seconds) throws XAException {
        if (seconds < 0) {
            throw XaErrors.of(XAException.XAER_INVAL, "a transaction timeout is not negative, was " + seconds);
        }
        timeoutSeconds = seconds;
        return true;
    }

    /** A completion that may report the branch rolled back: the session then takes back what it consumed. */
    private int completing(WireXid xid, XaCall call) throws XAException {
        try {
            return call.run();
        } catch (XAException e) {
            if (XaErrors.rolledBack(e.errorCode)) {
                takeBackConsumed(xid);
            }
            throw e;
        }
    }

    private void takeBackConsumed(WireXid xid) {
        if (worked.remove(xid)) {
            try {
                session.rolledBack();
            } catch (JMSException e) {
                LOG.debug("after the rollback of {} the session could not take back its messages: {}", xid,
                        e.getMessage());
            }
        }
    }

    private void checkSession(String what) throws XAException {
        if (sessionId == 0) {
            throw XaErrors.of(XAException.XAER_PROTO, what + " needs the XAResource of an XA session; this one "
                    + "only completes and recovers branches");
        }
    }

    @FunctionalInterface
    private interface XaCall {
        int run() throws XAException;
    }

    /** Sends one request; returns XA_OK or XA_RDONLY, throws every other code. */
    private int call(IntFunction<Frame> request, String what) throws XAException {
        int code = ask(request, what).xaCode();
        if (code == XA_OK || code == XA_RDONLY) {
            return code;
        }
        throw XaErrors.of(code, what + " was refused by broker '" + brokerName() + "'");
    }

    private XaResult ask(IntFunction<Frame> request, String what) throws XAException {
        try {
            return client.get().xa(request).get(requestTimeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw XaErrors.notAnswered(what, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw XaErrors.notAnswered(what, e);
        }
    }

    @Override
    public String toString() {
        return "PetrelXAResource[session " + sessionId + "]";
    }
}
