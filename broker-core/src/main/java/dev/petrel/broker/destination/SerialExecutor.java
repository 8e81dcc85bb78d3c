package dev.petrel.broker.destination;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a shared pool: the owner of one destination's state.
 * Any thread may {@link #execute}; a task that throws is logged and the executor goes on, so one bad message
 * never stops a destination.
 */
public final class SerialExecutor implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);
    /** Tasks run per turn before the executor yields its pool thread to other destinations. */
    private static final int TASKS_PER_TURN = 256;

    private final String name;
    private final Executor pool;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Thread owner;
    /** Made once: a method reference written in {@link #execute} would be a new object per turn. */
    private final Runnable turn = this::runTurn;

    /** @param name names the owned state in log lines, e.g. "queue://orders" */
    public SerialExecutor(String name, Executor pool) {
        this.name = name;
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (scheduled.compareAndSet(false, true)) {
            pool.execute(turn);
        }
    }

    /** True when called from a task of this executor: what {@code onXxx} methods assert. */
    public boolean inOwnerThread() {
        return owner == Thread.currentThread();
    }

    private void runTurn() {
        owner = Thread.currentThread();
        try {
            for (int i = 0; i < TASKS_PER_TURN; i++) {
                Runnable task = tasks.poll();
                if (task == null) {
                    break;
                }
                runSafely(task);
            }
        } finally {
            owner = null;
            scheduled.set(false);
        }
        if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
            pool.execute(turn);
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("task on {} failed; the destination carries on", name, e);
        }
    }

    @Override
    public String toString() {
        return "SerialExecutor[" + name + "]";
    }
}
