package dev.petrel.broker.server;

import dev.petrel.broker.tx.BranchWork;
import dev.petrel.broker.tx.LocalTransaction;
import dev.petrel.broker.tx.XaBranches;
import dev.petrel.broker.tx.XaFailure;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.WireXid;
import dev.petrel.protocol.XaCommit;
import dev.petrel.protocol.XaEnd;
import dev.petrel.protocol.XaForget;
import dev.petrel.protocol.XaPrepare;
import dev.petrel.protocol.XaResult;
import dev.petrel.protocol.XaRollback;
import dev.petrel.protocol.XaStart;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The XA frames of one connection turned into calls on the broker's {@link XaBranches}, each answered by one
 * {@code XA_RESULT} carrying the XA code. Keeps which of the connection's sessions is associated with which
 * branch, so that a session closed while associated ends its association (its work stays with the branch) and
 * a lost connection rolls back its unprepared branches.
 *
 * <p>Threads: owned by the connection's event loop; answers of completions may be written from the store's
 * writer thread through the thread-safe channel.
 */
final class XaRequests {

    private static final Logger LOG = LoggerFactory.getLogger(XaRequests.class);

    private final XaBranches branches;
    private final ConnectionResources resources;
    private final ConnectionIdentity identity;
    /** The branch each associated (or suspended) session works for, by session id. */
    private final Map<Long, WireXid> associations = new HashMap<>();

    XaRequests(XaBranches branches, ConnectionResources resources, ConnectionIdentity identity) {
        this.branches = branches;
        this.resources = resources;
        this.identity = identity;
    }

    /** Handles one XA frame; {@code answer} gets its one {@link XaResult}. */
    void handle(Frame frame, Consumer<Frame> answer) {
        int id = frame.requestId();
        CompletableFuture<Integer> outcome;
        try {
            outcome = switch (frame.type()) {
                case XA_START -> done(start((XaStart) frame));
                case XA_END -> done(end((XaEnd) frame));
                case XA_PREPARE -> branches.prepare(((XaPrepare) frame).xid());
                case XA_COMMIT -> branches.commit(operator("commit", ((XaCommit) frame).xid()),
                        ((XaCommit) frame).onePhase());
                case XA_ROLLBACK -> branches.rollback(operator("rollback", ((XaRollback) frame).xid()));
                case XA_FORGET -> {
                    branches.forget(((XaForget) frame).xid());
                    yield done(XAResource.XA_OK);
                }
                case XA_RECOVER -> {
                    answer.accept(new XaResult(id, XAResource.XA_OK, branches.recover()));
                    yield null;
                }
                default -> throw new IllegalArgumentException("not an XA request: " + frame.type());
            };
        } catch (XaFailure e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        if (outcome != null) {
            outcome.whenComplete((code, error) -> answer.accept(new XaResult(id, error == null ? code : code(error))));
        }
    }

    private int start(XaStart s) {
        SessionState session = resources.session(s.sessionId());
        if (session.transacted() || session.associated()) {
            throw new XaFailure(XAException.XAER_PROTO, "session " + s.sessionId() + (session.transacted()
                    ? " is transacted: a local transaction cannot take part in an XA branch"
                    : " is already associated with a branch; end it first"));
        }
        BranchWork work = branches.start(s.xid(), key(s.sessionId()), s.flags(), s.timeoutSeconds(),
                () -> new BranchWork(identity.connectionId(), new LocalTransaction(), identity.origin()));
        session.associate(work.tx());
        associations.put(s.sessionId(), s.xid());
        return XAResource.XA_OK;
    }

    private int end(XaEnd e) {
        SessionState session = resources.session(e.sessionId());
        XaBranches.checkEndFlags(e.flags());
        if (!e.xid().equals(associations.get(e.sessionId()))) {
            throw new XaFailure(XAException.XAER_PROTO, "session " + e.sessionId() + " is not associated with "
                    + "branch " + e.xid());
        }
        session.associate(null);
        if (e.flags() != XAResource.TMSUSPEND) {
            associations.remove(e.sessionId());
        }
        branches.end(e.xid(), key(e.sessionId()), e.flags());
        return XAResource.XA_OK;
    }

    /** A session closes: an association it still has ends successfully, leaving its work to the branch. */
    void sessionClosing(long sessionId) {
        WireXid xid = associations.remove(sessionId);
        if (xid != null) {
            try {
                branches.end(xid, key(sessionId), XAResource.TMSUCCESS);
            } catch (XaFailure e) {
                LOG.debug("session {} closed while associated with branch {}: {}", sessionId, xid, e.getMessage());
            }
        }
    }

    /** The connection ended: its unprepared branches roll back. */
    void connectionLost() {
        associations.clear();
        branches.connectionLost(identity.connectionId());
    }

    /** Logs a completion an operator asks for ({@code petrel tx}): a heuristic decision. Returns {@code xid}. */
    private WireXid operator(String decision, WireXid xid) {
        String clientId = identity.clientId();
        if (clientId != null && clientId.startsWith(XaBranches.OPERATOR_CLIENT_PREFIX)) {
            LOG.warn("heuristic decision by operator: {} of XA branch {} (connection {})", decision, xid,
                    identity.connectionId());
        }
        return xid;
    }

    private String key(long sessionId) {
        return identity.connectionId() + "/" + sessionId;
    }

    private static CompletableFuture<Integer> done(int code) {
        return CompletableFuture.completedFuture(code);
    }

    private static int code(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof XaFailure f) {
            return f.xaCode();
        }
        LOG.error("an XA request failed", cause);
        return XAException.XAER_RMERR;
    }
}
