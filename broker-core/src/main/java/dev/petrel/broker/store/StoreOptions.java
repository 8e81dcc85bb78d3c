package dev.petrel.broker.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Where the store lives and how large a group commit may grow. Immutable.
 *
 * @param jdbcUrl       the database; its prefix chooses the {@link SqlDialect}
 * @param user          the database user
 * @param password      the database password (never logged)
 * @param maxBatchOps   a group commit stops taking more lists once it holds this many ops
 * @param maxBatchBytes ... or this many bytes of messages, so one commit never needs unbounded memory
 * @param lazyWaitNanos how long ops nobody waits for wait for an awaited list to commit with
 *                      ({@link MessageStore#submitLazily})
 * @param lockFile      a file to hold an exclusive lock on while open (for a database in local files), or null
 */
public record StoreOptions(String jdbcUrl, String user, String password, int maxBatchOps, long maxBatchBytes,
        long lazyWaitNanos, Path lockFile) {

    public static final int DEFAULT_MAX_BATCH_OPS = 1000;
    public static final long DEFAULT_MAX_BATCH_BYTES = 4L << 20;
    /** Long enough for the next send of a busy producer to come, short next to a client's patience. */
    public static final long DEFAULT_LAZY_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    public StoreOptions {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (maxBatchOps < 1 || maxBatchBytes < 1) {
            throw new IllegalArgumentException("batch limits must be positive");
        }
        if (lazyWaitNanos < 0) {
            throw new IllegalArgumentException("lazyWaitNanos must not be negative, was " + lazyWaitNanos);
        }
    }

    /** The default store: HSQLDB files under {@code directory}. */
    public static StoreOptions hsqldb(Path directory) {
        return new StoreOptions(HsqldbDialect.fileUrl(directory), "SA", "", DEFAULT_MAX_BATCH_OPS,
                DEFAULT_MAX_BATCH_BYTES, DEFAULT_LAZY_WAIT_NANOS, HsqldbDialect.lockFile(directory));
    }

    /** Any supported database, with the default batch limits. */
    public static StoreOptions jdbc(String jdbcUrl, String user, String password) {
        return new StoreOptions(jdbcUrl, user, password, DEFAULT_MAX_BATCH_OPS, DEFAULT_MAX_BATCH_BYTES,
                DEFAULT_LAZY_WAIT_NANOS, null);
    }

    /** The same options with another {@link #lazyWaitNanos}. */
    public StoreOptions withLazyWait(Duration wait) {
        return new StoreOptions(jdbcUrl, user, password, maxBatchOps, maxBatchBytes, wait.toNanos(), lockFile);
    }

    public SqlDialect dialect() {
        return SqlDialect.forUrl(jdbcUrl);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    @Override
    public String toString() {
        return "StoreOptions[" + jdbcUrl + " as " + user + ", batches of up to " + maxBatchOps + " ops / "
                + maxBatchBytes + " bytes]";
    }
}
