package dev.petrel.broker.tx;

import dev.petrel.broker.destination.RemoteConsumer;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.protocol.WireMessage;
import dev.petrel.protocol.WireXid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.LongPredicate;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;

/**
 * One XA branch: its {@link XaBranchState}, the sessions associated with it, and the work each association did
 * ({@link BranchWork}), or, for a branch restored from the store after a restart, the messages it sends.
 *
 * <p>Threads: a branch can be started on one connection and completed on another, so every method is
 * synchronized on the branch; the work itself is owned by the event loop of the connection that did it.
 */
final class XaBranch {

    /** A session's association: its work and whether it is suspended ({@code TMSUSPEND}). */
    private record Association(BranchWork work, boolean suspended) {
    }

    private final WireXid xid;
    private final Map<String, Association> associations = new HashMap<>();
    private final List<BranchWork> works = new ArrayList<>();
    private final List<WireMessage> restoredSends;
    /** A restored branch's other ops (removals of the messages it acknowledged), applied at commit. */
    private final List<StoreOp> restoredRemovals;
    private XaBranchState state;
    /** The work as staged for prepare, kept until commit or rollback; null before. */
    private StagedBranch staged;
    /** Why the broker rolled the branch back on its own ({@code XA_RB*}), 0 while it did not. */
    private int rollbackReason;
    private ScheduledFuture<?> timer;

    private XaBranch(WireXid xid, XaBranchState state, List<WireMessage> restoredSends,
            List<StoreOp> restoredRemovals) {
        this.xid = xid;
        this.state = state;
        this.restoredSends = List.copyOf(restoredSends);
        this.restoredRemovals = List.copyOf(restoredRemovals);
    }

    /** A new branch, active for its first session. */
    static XaBranch started(WireXid xid, String sessionKey, BranchWork work) {
        XaBranch branch = new XaBranch(xid, XaBranchState.ACTIVE, List.of(), List.of());
        branch.associations.put(sessionKey, new Association(work, false));
        branch.works.add(work);
        return branch;
    }

    /** A prepared branch read back from the store. */
    static XaBranch restored(WireXid xid, List<WireMessage> sends, List<StoreOp> removals) {
        return new XaBranch(xid, XaBranchState.PREPARED, sends, removals);
    }

    WireXid xid() {
        return xid;
    }

    synchronized XaBranchState state() {
        return state;
    }

    synchronized void timer(ScheduledFuture<?> scheduled) {
        this.timer = scheduled;
    }

    /**
     * Joins ({@code TMJOIN}) or resumes ({@code TMRESUME}) a session's association.
     *
     * @return the work the session buffers into from now on
     */
    synchronized BranchWork associate(String sessionKey, int flags, BranchWork fresh) {
        checkNotRolledBack();
        Association existing = associations.get(sessionKey);
        if (flags == XAResource.TMRESUME) {
            if (existing == null || !existing.suspended) {
                throw XaFailure.protocol("branch " + xid + " has no suspended association with this session");
            }
            associations.put(sessionKey, new Association(existing.work, false));
            return existing.work;
        }
        if (existing != null || !state.mayBecome(XaBranchState.ACTIVE)) {
            throw XaFailure.protocol("cannot join branch " + xid + " in state " + state
                    + (existing != null ? " with a session already associated" : ""));
        }
        associations.put(sessionKey, new Association(fresh, false));
        works.add(fresh);
        state = XaBranchState.ACTIVE;
        return fresh;
    }

    /**
     * Ends a session's association: {@code TMSUCCESS}, {@code TMFAIL} or {@code TMSUSPEND}.
     *
     * @return null, or the association's work when the broker rolled the branch back meanwhile: the caller
     *         discards it and reports the branch's XA_RB* code ({@link #rollbackFailure})
     */
    synchronized BranchWork end(String sessionKey, int flags) {
        Association association = associations.get(sessionKey);
        if (association == null || association.suspended && flags == XAResource.TMSUSPEND
                || state != XaBranchState.ACTIVE && rollbackReason == 0) {
            throw XaFailure.protocol("this session is not associated with branch " + xid);
        }
        if (rollbackReason != 0) {
            associations.remove(sessionKey);
            return association.work;
        }
        if (flags == XAResource.TMSUSPEND) {
            associations.put(sessionKey, new Association(association.work, true));
            return null;
        }
        associations.remove(sessionKey);
        if (flags == XAResource.TMFAIL) {
            state = XaBranchState.ROLLBACK_ONLY;
        } else if (associations.isEmpty() && state == XaBranchState.ACTIVE) {
            state = XaBranchState.IDLE;
        }
        return null;
    }

    /**
     * Moves to {@code target}.
     *
     * @throws XaFailure the reason code when the broker already rolled the branch back, XAER_PROTO when the
     *                   state table does not allow the move
     */
    synchronized void move(XaBranchState target, String operation) {
        checkNotRolledBack();
        if (!state.mayBecome(target) || target != XaBranchState.ROLLED_BACK && !associations.isEmpty()) {
            throw XaFailure.protocol(operation + " is not allowed for branch " + xid + " in state " + state
                    + (associations.isEmpty() ? "" : " with " + associations.size() + " associated session(s)"));
        }
        state = target;
        cancelTimer();
    }

    /**
     * The broker rolls the branch back on its own (timeout, lost connection, a rollback while sessions are
     * still associated).
     *
     * @return the works no session writes any more, to discard now (the others are discarded when their
     *         association ends), or null when it is too late: the branch is prepared or complete
     */
    synchronized List<BranchWork> rollBackByBroker(int reason) {
        if (state == XaBranchState.PREPARED || state.isFinal()) {
            return null;
        }
        state = XaBranchState.ROLLED_BACK;
        rollbackReason = reason;
        cancelTimer();
        List<BranchWork> idle = new ArrayList<>(works);
        associations.values().forEach(a -> {
            if (!a.suspended) {
                idle.remove(a.work);
            }
        });
        return idle;
    }

    /** The failure that reports the broker's rollback. */
    synchronized XaFailure rollbackFailure() {
        return new XaFailure(rollbackReason, "branch " + xid + " was rolled back by the broker ("
                + (rollbackReason == XAException.XA_RBTIMEOUT ? "timeout" : "its connection was lost") + ")");
    }

    synchronized boolean isRolledBackByBroker() {
        return rollbackReason != 0;
    }

    /** Whether any association of the connection is part of the branch. */
    synchronized boolean involves(String connectionId) {
        return works.stream().anyMatch(w -> w.connectionId().equals(connectionId));
    }

    /** True when the branch neither sent nor acknowledged anything: prepare answers XA_RDONLY. */
    synchronized boolean isReadOnly() {
        return restoredSends.isEmpty() && restoredRemovals.isEmpty()
                && works.stream().allMatch(w -> w.tx().isEmpty());
    }

    synchronized List<BranchWork> works() {
        return List.copyOf(works);
    }

    synchronized List<WireMessage> restoredSends() {
        return restoredSends;
    }

    synchronized List<StoreOp> restoredRemovals() {
        return restoredRemovals;
    }

    synchronized StagedBranch staged() {
        return staged;
    }

    synchronized void staged(StagedBranch work) {
        this.staged = work;
    }

    /** The deliveries of {@code consumer} (of connection {@code connectionId}) the branch acknowledged. */
    synchronized LongPredicate heldBy(String connectionId, RemoteConsumer consumer) {
        LongPredicate held = RemoteConsumer.NOTHING_HELD;
        if (state.isFinal()) {
            return held;
        }
        for (BranchWork work : works) {
            if (work.connectionId().equals(connectionId)) {
                held = held.or(work.tx().heldBy(consumer));
            }
        }
        return held;
    }

    private void checkNotRolledBack() {
        if (rollbackReason != 0) {
            throw rollbackFailure();
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    @Override
    public synchronized String toString() {
        return "XaBranch[" + xid + " " + state + "]";
    }
}
