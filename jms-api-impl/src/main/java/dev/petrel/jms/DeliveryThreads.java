package dev.petrel.jms;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon threads that run message listeners and exception listeners, shared by every session in the JVM
 * (each session serializes its own work with a {@link SerialExecutor} on top). Idle threads end after a
 * minute, so an idle client holds none.
 */
final class DeliveryThreads {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryThreads.class);
    private static final AtomicInteger COUNT = new AtomicInteger();

    static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), DeliveryThreads::newThread);

    private DeliveryThreads() {
    }

    private static Thread newThread(Runnable r) {
        Thread t = new Thread(r, "petrel-session-delivery-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> LOG.error("uncaught in {}", thread.getName(), e));
        return t;
    }
}
