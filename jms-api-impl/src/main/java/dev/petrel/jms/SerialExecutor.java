package dev.petrel.jms;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs tasks one at a time, in submission order, on a shared pool: a session's delivery thread in all but
 * name (Jakarta Messaging 3.1 §6.2.7 serial delivery). A task that throws is logged by the pool's handler
 * and does not stop the tasks after it. Thread-safe; the task queue is guarded by this object's monitor.
 */
final class SerialExecutor implements Executor {

    private final Executor pool;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean scheduled;
    /** The thread running a task right now, or null. */
    private volatile Thread runner;

    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            tasks.add(task);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        pool.execute(this::runAll);
    }

    /** True on the thread running one of this executor's tasks. */
    boolean inOwnerThread() {
        return runner == Thread.currentThread();
    }

    /** Completes when every task submitted before it has run. */
    CompletableFuture<Void> barrier() {
        CompletableFuture<Void> passed = new CompletableFuture<>();
        execute(() -> passed.complete(null));
        return passed;
    }

    private void runAll() {
        runner = Thread.currentThread();
        try {
            while (true) {
                Runnable task;
                synchronized (this) {
                    task = tasks.poll();
                    if (task == null) {
                        scheduled = false;
                        return;
                    }
                }
                runSafely(task);
            }
        } finally {
            runner = null;
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }
}
