package dev.petrel.broker.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single thread that writes the store, with group commit: it takes everything queued (up to a cap),
 * applies it in one JDBC transaction, commits once (one log sync) and then completes the futures. So one
 * persistent send costs about one commit, and throughput is the batch size times the commit rate.
 *
 * <p>Threads: {@link #submit} and {@link #close} may be called from any thread. The write connection, the
 * {@link BatchApplier} and everything they hold are owned by the {@code petrel-store-writer} thread. The
 * futures complete on that thread: whoever depends on them must move to its own executor
 * ({@code whenCompleteAsync(.., executor)}) rather than do work there. Each future completes exactly once.
 *
 * <p>A submission nobody waits for ({@code awaited} false: the removal of a message acknowledged without a
 * receipt) does not start a commit of its own at once: the writer gives an awaited one up to
 * {@code lazyWaitNanos} to arrive and commits them together, so a consumer's acknowledgements cost no log
 * sync of their own while producers are writing.
 */
final class StoreWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    /** Tells the writer thread to finish what it took and stop. */
    private static final Submission STOP = new Submission(List.of(), true, new CompletableFuture<>());

    private final BlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
    private final ConnectionSource connections;
    private final SqlDialect dialect;
    private final int maxBatchOps;
    private final long maxBatchBytes;
    private final long lazyWaitNanos;
    private final Thread thread;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean closed;

    /** Owned by the writer thread (handed over by {@link Thread#start()}); null while disconnected. */
    private Connection connection;
    private BatchApplier applier;

    /**
     * Opens the write connection on the calling thread, so that a database that cannot be opened fails
     * here, and starts the writer thread.
     */
    StoreWriter(ConnectionSource connections, SqlDialect dialect, int maxBatchOps, long maxBatchBytes,
            long lazyWaitNanos, ThreadFactory threads) throws SQLException {
        this.connections = connections;
        this.dialect = dialect;
        this.maxBatchOps = maxBatchOps;
        this.maxBatchBytes = maxBatchBytes;
        this.lazyWaitNanos = lazyWaitNanos;
        connect();
        this.thread = threads.newThread(this::run);
        thread.start();
    }

    /**
     * Queues ops to commit atomically. The future completes when they are durable, or exceptionally with a
     * {@link StoreException} when they could not be written (nothing of them is then in the store).
     *
     * @param awaited whether someone waits for the future: false lets the ops wait a little for company
     */
    CompletableFuture<Void> submit(List<StoreOp> ops, boolean awaited) {
        Submission submission = new Submission(List.copyOf(ops), awaited, new CompletableFuture<>());
        if (closed) {
            submission.future.completeExceptionally(new StoreException("the store is closed"));
            return submission.future;
        }
        queue.add(submission);
        if (closed) {
            // close() may have run between the check and the add; fail it unless the writer already took it.
            failLeftovers();
        }
        return submission.future;
    }

    /** Commits done so far: fewer than submissions when group commit merged them. */
    long commitCount() {
        return commits.get();
    }

    /** Submissions that failed. */
    long failureCount() {
        return failures.get();
    }

    private void run() {
        boolean stopping = false;
        while (!stopping) {
            List<Submission> group = new ArrayList<>();
            try {
                Submission first = queue.take();
                stopping = first == STOP || drainInto(group, first) || awaitCompany(group);
            } catch (InterruptedException e) {
                LOG.warn("store writer interrupted; it stops only through close()");
                continue;
            }
            if (!group.isEmpty()) {
                commitGroup(group);
            }
        }
        closeConnection(true);
    }

    /** Adds {@code first} and whatever else is queued, up to the caps; true when STOP was among them. */
    private boolean drainInto(List<Submission> group, Submission first) {
        int ops = 0;
        long bytes = 0;
        Submission next = first;
        while (next != null) {
            if (next == STOP) {
                return true;
            }
            group.add(next);
            ops += next.ops.size();
            bytes += next.bytes();
            next = ops < maxBatchOps && bytes < maxBatchBytes ? queue.poll() : null;
        }
        return false;
    }

    /**
     * When nobody waits for any of {@code group}, waits up to {@code lazyWaitNanos} for a submission someone
     * does wait for, and adds it and whatever follows it; true when STOP came.
     */
    private boolean awaitCompany(List<Submission> group) {
        if (group.stream().anyMatch(Submission::awaited)) {
            return false;
        }
        long deadline = System.nanoTime() + lazyWaitNanos;
        for (long left = lazyWaitNanos; left > 0; left = deadline - System.nanoTime()) {
            Submission next;
            try {
                next = queue.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return false; // what was taken is committed now; only close() stops the writer
            }
            if (next == null) {
                return false;
            }
            if (next == STOP || drainInto(group, next)) {
                return true;
            }
            if (group.stream().anyMatch(Submission::awaited)) {
                return false;
            }
        }
        return false;
    }

    /** One transaction for the group; after a failure each submission alone, so one bad list fails alone. */
    private void commitGroup(List<Submission> group) {
        try {
            ensureConnected();
            for (Submission s : group) {
                applier.apply(s.ops);
            }
            connection.commit();
            commits.incrementAndGet();
            group.forEach(s -> s.future.complete(null));
        } catch (SQLException | RuntimeException | Error e) {
            rollbackAfter(e);
            if (group.size() > 1) {
                group.forEach(s -> commitGroup(List.of(s)));
            } else {
                fail(group.get(0), e);
            }
        }
    }

    private void fail(Submission s, Throwable e) {
        failures.incrementAndGet();
        LOG.error("store write of {} ops failed (first: {}): {}", s.ops.size(),
                s.ops.isEmpty() ? "none" : s.ops.get(0), e.toString(), e);
        s.future.completeExceptionally(e instanceof StoreException ? e
                : new StoreException("could not write " + s.ops.size() + " ops to the store: " + e, e));
    }

    private void rollbackAfter(Throwable cause) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
            if (!connection.isValid(5)) {
                throw new SQLException("connection no longer valid", cause);
            }
        } catch (SQLException e) {
            LOG.warn("store write connection is broken; it is replaced on the next write", e);
            closeConnection(false);
        }
    }

    private void ensureConnected() throws SQLException {
        if (connection == null) {
            connect();
        }
    }

    private void connect() throws SQLException {
        Connection c = connections.open();
        c.setAutoCommit(false);
        connection = c;
        applier = new BatchApplier(c, dialect);
    }

    private void closeConnection(boolean clean) {
        if (connection == null) {
            return;
        }
        applier.close();
        try (Connection c = connection) {
            if (clean) {
                StoreSql.executeAll(c, dialect.onClose());
            }
        } catch (SQLException e) {
            LOG.warn("store write connection did not close cleanly", e);
        }
        connection = null;
        applier = null;
    }

    /**
     * Stops taking ops, commits what was queued before, closes the write connection (with the dialect's
     * clean-shutdown statements) and waits for the writer thread to end.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(STOP);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        failLeftovers();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void failLeftovers() {
        if (thread.isAlive()) {
            return;
        }
        for (Submission s; (s = queue.poll()) != null; ) {
            s.future.completeExceptionally(new StoreException("the store is closed"));
        }
    }

    private record Submission(List<StoreOp> ops, boolean awaited, CompletableFuture<Void> future) {
        long bytes() {
            return ops.stream().mapToLong(StoreOp::sizeEstimate).sum();
        }
    }
}
