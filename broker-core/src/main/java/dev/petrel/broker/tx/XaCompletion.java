package dev.petrel.broker.tx;

import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.broker.store.TxId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares, commits and rolls back XA branches against the store. Prepare stages the branch's sends and
 * acknowledgements with their destinations and writes their message ops as ONE {@link StoreOp.PrepareTx};
 * a two-phase commit writes {@link StoreOp.CommitTx} (with the few ops a prepared record may not hold) and then
 * shows the messages and drops the acknowledged deliveries; a one-phase commit writes one plain list, like a
 * local transaction. A branch restored after a restart is committed by staging its messages again and writing
 * their ops with a {@link StoreOp.RollbackTx} of the old record, in one list; the messages it acknowledged,
 * locked since the restart, are then gone, or back in their queues after a rollback.
 *
 * <p>Threads: any connection's event loop; futures continue on the store's writer thread and only hand work
 * to destinations. A branch is taken out of {@link XaBranches} while it completes, so it completes once.
 */
public final class XaCompletion {

    private static final Logger LOG = LoggerFactory.getLogger(XaCompletion.class);

    private final DestinationRegistry destinations;
    private final MessageStore store;

    public XaCompletion(DestinationRegistry destinations, MessageStore store) {
        this.destinations = destinations;
        this.store = store;
    }

    CompletableFuture<Integer> prepare(XaBranch branch, XaBranches registry) {
        if (rolledBack(branch, registry) || branch.state() == XaBranchState.ROLLBACK_ONLY) {
            return rollbackOnly(branch, registry);
        }
        if (branch.isReadOnly()) {
            branch.move(XaBranchState.COMMITTED, "prepare");
            registry.take(branch);
            return CompletableFuture.completedFuture(XAResource.XA_RDONLY);
        }
        branch.move(XaBranchState.PREPARED, "prepare");
        return StagedBranch.stage(branch.works(), List.of(), destinations).thenCompose(staged -> {
            branch.staged(staged);
            StoreOp prepare = new StoreOp.PrepareTx(txId(branch), split(staged.ops(), true));
            return store.submit(List.of(prepare)).handle((ok, error) -> {
                if (error == null) {
                    return XAResource.XA_OK;
                }
                registry.take(branch);
                staged.discard();
                throw failure(XAException.XAER_RMERR, "prepare of " + branch.xid() + " could not be stored", error);
            });
        });
    }

    CompletableFuture<Integer> commit(XaBranch branch, boolean onePhase, XaBranches registry) {
        if (branch.isRolledBackByBroker() || onePhase && branch.state() == XaBranchState.ROLLBACK_ONLY) {
            return rollbackOnly(branch, registry);
        }
        if (onePhase == (branch.state() == XaBranchState.PREPARED)) {
            throw XaFailure.protocol((onePhase ? "one-phase commit of a prepared" : "two-phase commit of an "
                    + "unprepared") + " branch " + branch.xid() + " (state " + branch.state() + ")");
        }
        if (onePhase) {
            branch.move(XaBranchState.COMMITTED, "commit");
            registry.take(branch);
            return StagedBranch.stage(branch.works(), List.of(), destinations).thenCompose(staged ->
                    write(staged, staged.ops(), XAException.XA_RBROLLBACK, branch, null));
        }
        registry.take(branch);
        StagedBranch prepared = branch.staged();
        if (prepared != null) {
            List<StoreOp> ops = new ArrayList<>(List.of(new StoreOp.CommitTx(txId(branch))));
            ops.addAll(split(prepared.ops(), false));
            return write(prepared, ops, XAException.XAER_RMFAIL, branch, registry);
        }
        return StagedBranch.stage(List.of(), branch.restoredSends(), destinations).thenCompose(staged -> {
            List<StoreOp> ops = new ArrayList<>(List.of(new StoreOp.RollbackTx(txId(branch))));
            ops.addAll(staged.ops());
            ops.addAll(branch.restoredRemovals());
            return write(staged, ops, XAException.XAER_RMFAIL, branch, registry);
        }).thenApply(ok -> {
            destinations.preparedLocks().release(branch.restoredRemovals(), false);
            return ok;
        });
    }

    /** Writes the commit's ops, then shows the work; a prepared branch goes back when the write fails. */
    private CompletableFuture<Integer> write(StagedBranch staged, List<StoreOp> ops, int failureCode,
            XaBranch branch, XaBranches putBackTo) {
        return store.submit(ops).handle((ok, error) -> error).thenCompose(error -> {
            if (error != null) {
                if (putBackTo != null) {
                    putBackTo.putBack(branch);
                    if (branch.staged() != staged) {
                        staged.discard(); // the restaged copy of a restored branch
                    }
                } else {
                    staged.discard();
                }
                throw failure(failureCode, "commit of " + branch.xid() + " could not be stored", error);
            }
            if (putBackTo != null) {
                branch.move(XaBranchState.COMMITTED, "commit");
                LOG.info("committed prepared XA branch {}", branch.xid());
            }
            return staged.apply().thenApply(applied -> XAResource.XA_OK);
        });
    }

    CompletableFuture<Integer> rollback(XaBranch branch, XaBranches registry) {
        if (rolledBack(branch, registry)) {
            return CompletableFuture.completedFuture(XAResource.XA_OK);
        }
        if (branch.state() != XaBranchState.PREPARED) {
            List<BranchWork> idle = branch.rollBackByBroker(XAException.XA_RBROLLBACK);
            registry.take(branch);
            discard(idle == null ? List.of() : idle);
            return CompletableFuture.completedFuture(XAResource.XA_OK);
        }
        registry.take(branch);
        return store.submit(List.of(new StoreOp.RollbackTx(txId(branch)))).handle((ok, error) -> {
            if (error != null) {
                registry.putBack(branch);
                throw failure(XAException.XAER_RMFAIL, "rollback of " + branch.xid() + " could not be stored",
                        error);
            }
            branch.move(XaBranchState.ROLLED_BACK, "rollback");
            if (branch.staged() != null) {
                branch.staged().discard();
            }
            destinations.preparedLocks().release(branch.restoredRemovals(), true);
            LOG.info("rolled back prepared XA branch {}", branch.xid());
            return XAResource.XA_OK;
        });
    }

    /** Forgets unprepared work: deliveries acknowledged by consumers closed meanwhile go back to their queue. */
    void discard(List<BranchWork> works) {
        for (BranchWork work : works) {
            work.tx().forEachAck((consumer, first, last) -> consumer.returnIfClosed());
            work.tx().rollback(consumer -> false);
        }
    }

    /** A branch that may only roll back: it does, and the caller hears XA_RBROLLBACK (or the broker's reason). */
    private CompletableFuture<Integer> rollbackOnly(XaBranch branch, XaBranches registry) {
        XaFailure reason = branch.isRolledBackByBroker() ? branch.rollbackFailure()
                : new XaFailure(XAException.XA_RBROLLBACK, "branch " + branch.xid() + " was marked rollback-only");
        rollback(branch, registry);
        return CompletableFuture.failedFuture(reason);
    }

    /** True for a branch the broker rolled back on its own; it leaves the registry once reported. */
    private static boolean rolledBack(XaBranch branch, XaBranches registry) {
        if (branch.isRolledBackByBroker()) {
            registry.take(branch);
            return true;
        }
        return false;
    }

    /** The ops a prepared record may hold ({@code message} true), or the others. */
    private static List<StoreOp> split(List<StoreOp> ops, boolean message) {
        Function<StoreOp, Boolean> isMessageOp = op -> op instanceof StoreOp.AddMessage
                || op instanceof StoreOp.AddReference || op instanceof StoreOp.RemoveReference;
        return ops.stream().filter(op -> isMessageOp.apply(op) == message).toList();
    }

    private static TxId txId(XaBranch branch) {
        return new TxId(branch.xid().toBytes());
    }

    private static XaFailure failure(int code, String message, Throwable cause) {
        Throwable root = cause.getCause() != null ? cause.getCause() : cause;
        LOG.error("{}: {}", message, root.toString());
        XaFailure failure = new XaFailure(code, message + ": " + root.getMessage());
        failure.initCause(root);
        return failure;
    }
}
