package dev.petrel.broker.tx;

import dev.petrel.broker.destination.BrokerTime;
import dev.petrel.broker.destination.RemoteConsumer;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.protocol.WireMessage;
import dev.petrel.protocol.WireXid;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every XA branch of the broker by {@link WireXid}: broker-wide, because a branch may be started on one
 * connection and completed on another (a recovery manager, an operator). Associates sessions with branches
 * ({@link #start}, {@link #end}), completes them through {@link XaCompletion}, lists the prepared ones
 * ({@link #recover}), restores them from the store at start, and rolls back branches that outlive their
 * timeout before being prepared or whose connection is lost.
 *
 * <p>Threads: called from every connection's event loop and the broker's timer; the map is concurrent and each
 * branch guards itself.
 */
public final class XaBranches {

    private static final Logger LOG = LoggerFactory.getLogger(XaBranches.class);
    /**
     * How the client IDs of operator connections ({@code petrel tx commit|rollback}) begin: their decisions are
     * heuristic, taken without the transaction manager, and logged as such.
     */
    public static final String OPERATOR_CLIENT_PREFIX = "petrel-tx-operator";

    private final ConcurrentMap<WireXid, XaBranch> branches = new ConcurrentHashMap<>();
    private final XaCompletion completion;
    private final BrokerTime time;
    private final int defaultTimeoutSeconds;

    /**
     * @param completion            how branches are prepared, committed and rolled back against the store
     * @param time                  the scheduler that enforces branch timeouts
     * @param defaultTimeoutSeconds the timeout of a branch started without one (0 = none)
     */
    public XaBranches(XaCompletion completion, BrokerTime time, int defaultTimeoutSeconds) {
        this.completion = completion;
        this.time = time;
        this.defaultTimeoutSeconds = defaultTimeoutSeconds;
    }

    /**
     * Associates a session with a branch: a new one ({@code TMNOFLAGS}), a known one ({@code TMJOIN}) or the one
     * it suspended ({@code TMRESUME}).
     *
     * @param fresh makes the buffer of a new association
     * @return where the session's sends and acknowledgements go until {@link #end}
     * @throws XaFailure XAER_DUPID, XAER_NOTA, XAER_PROTO, XAER_INVAL or the branch's XA_RB* code
     */
    public BranchWork start(WireXid xid, String sessionKey, int flags, int timeoutSeconds,
            Supplier<BranchWork> fresh) {
        if (flags == XAResource.TMNOFLAGS) {
            BranchWork work = fresh.get();
            XaBranch branch = XaBranch.started(xid, sessionKey, work);
            if (branches.putIfAbsent(xid, branch) != null) {
                throw new XaFailure(XAException.XAER_DUPID, "branch " + xid + " already exists on this broker");
            }
            int timeout = timeoutSeconds > 0 ? timeoutSeconds : defaultTimeoutSeconds;
            if (timeout > 0) {
                branch.timer(time.scheduler().schedule(() -> timeOut(branch), timeout, TimeUnit.SECONDS));
            }
            return work;
        }
        if (flags != XAResource.TMJOIN && flags != XAResource.TMRESUME) {
            throw new XaFailure(XAException.XAER_INVAL, "start takes TMNOFLAGS, TMJOIN or TMRESUME, not 0x"
                    + Integer.toHexString(flags));
        }
        return known(xid).associate(sessionKey, flags, fresh.get());
    }

    /**
     * Ends a session's association with {@code TMSUCCESS}, {@code TMFAIL} or {@code TMSUSPEND}.
     *
     * @throws XaFailure XAER_NOTA, XAER_PROTO, XAER_INVAL, or the XA_RB* code of a branch the broker rolled back
     */
    public void end(WireXid xid, String sessionKey, int flags) {
        checkEndFlags(flags);
        XaBranch branch = known(xid);
        BranchWork dead = branch.end(sessionKey, flags);
        if (dead != null) {
            completion.discard(List.of(dead));
            throw branch.rollbackFailure();
        }
    }

    /** @throws XaFailure XAER_INVAL unless {@code flags} is TMSUCCESS, TMFAIL or TMSUSPEND */
    public static void checkEndFlags(int flags) {
        if (flags != XAResource.TMSUCCESS && flags != XAResource.TMFAIL && flags != XAResource.TMSUSPEND) {
            throw new XaFailure(XAException.XAER_INVAL, "end takes TMSUCCESS, TMFAIL or TMSUSPEND, not 0x"
                    + Integer.toHexString(flags));
        }
    }

    /** Prepares; completes with XA_OK or XA_RDONLY, or exceptionally with an {@link XaFailure}. */
    public CompletableFuture<Integer> prepare(WireXid xid) {
        return completion.prepare(known(xid), this);
    }

    /** Commits in one or two phases; completes with XA_OK or an {@link XaFailure}. */
    public CompletableFuture<Integer> commit(WireXid xid, boolean onePhase) {
        return completion.commit(known(xid), onePhase, this);
    }

    /** Rolls back; completes with XA_OK or an {@link XaFailure}. */
    public CompletableFuture<Integer> rollback(WireXid xid) {
        return completion.rollback(known(xid), this);
    }

    /** The prepared branches, restored ones included. */
    public List<WireXid> recover() {
        List<WireXid> prepared = new ArrayList<>();
        branches.values().forEach(b -> {
            if (b.state() == XaBranchState.PREPARED) {
                prepared.add(b.xid());
            }
        });
        return prepared;
    }

    /**
     * Forgets a heuristically completed branch. This broker never decides a branch on its own (an operator's
     * decision completes it normally), so there is never anything to forget.
     *
     * @throws XaFailure XAER_NOTA for an unknown branch, XAER_PROTO for a known one
     */
    public void forget(WireXid xid) {
        throw XaFailure.protocol("branch " + known(xid).xid() + " was not completed heuristically");
    }

    /** Puts back the prepared branches the store held, before any client connects. */
    public void restore(List<StoreOp.PrepareTx> prepared) {
        for (StoreOp.PrepareTx tx : prepared) {
            WireXid xid = WireXid.fromBytes(tx.txId().bytes());
            List<WireMessage> sends = new ArrayList<>();
            List<StoreOp> removals = new ArrayList<>();
            for (StoreOp op : tx.ops()) {
                if (op instanceof StoreOp.AddMessage add) {
                    sends.add(WireMessage.decode(add.message().encoded()));
                } else if (op instanceof StoreOp.RemoveReference) {
                    removals.add(op);
                }
            }
            branches.put(xid, XaBranch.restored(xid, sends, removals));
        }
        if (!prepared.isEmpty()) {
            LOG.warn("restored {} prepared XA branches; they wait for their transaction manager's recovery or an "
                    + "operator ('petrel tx list')", prepared.size());
        }
    }

    /** The deliveries of {@code consumer} that branches hold: they stay with the branch when it closes. */
    public LongPredicate heldBy(String connectionId, RemoteConsumer consumer) {
        LongPredicate held = RemoteConsumer.NOTHING_HELD;
        for (XaBranch branch : branches.values()) {
            held = held.or(branch.heldBy(connectionId, consumer));
        }
        return held;
    }

    /** A connection ended: the unprepared branches it worked on roll back; prepared ones wait for recovery. */
    public void connectionLost(String connectionId) {
        for (XaBranch branch : branches.values()) {
            List<BranchWork> idle = branch.involves(connectionId)
                    ? branch.rollBackByBroker(XAException.XA_RBCOMMFAIL) : null;
            if (idle != null) {
                branches.remove(branch.xid(), branch);
                completion.discard(idle);
                LOG.info("rolled back XA branch {}: connection {} ended before it was prepared", branch.xid(),
                        connectionId);
            }
        }
    }

    private void timeOut(XaBranch branch) {
        List<BranchWork> idle = branch.rollBackByBroker(XAException.XA_RBTIMEOUT);
        if (idle != null) {
            completion.discard(idle);
            LOG.info("rolled back XA branch {}: it was not prepared within its timeout", branch.xid());
        }
    }

    /** Takes the branch out while it completes (a second request finds nothing: XAER_NOTA). */
    boolean take(XaBranch branch) {
        return branches.remove(branch.xid(), branch);
    }

    /** Puts a prepared branch back after its completion could not be written. */
    void putBack(XaBranch branch) {
        branches.putIfAbsent(branch.xid(), branch);
    }

    private XaBranch known(WireXid xid) {
        XaBranch branch = branches.get(xid);
        if (branch == null) {
            throw XaFailure.unknown(xid);
        }
        return branch;
    }

    /** How many branches the broker knows, in any state. */
    public int size() {
        return branches.size();
    }
}
