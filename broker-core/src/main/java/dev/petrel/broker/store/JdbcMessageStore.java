package dev.petrel.broker.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store on a JDBC database (HSQLDB files by default, PostgreSQL optionally): a {@link StoreWriter} for
 * every change and a {@link StoreReader} for recovery and paging. Any thread may call it; the store id
 * counter is atomic, writes belong to the writer thread and reads to the reader's monitor.
 */
public final class JdbcMessageStore implements MessageStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcMessageStore.class);

    private final StoreOptions options;
    private final StoreLock lock;
    private final StoreReader reader;
    private final StoreWriter writer;
    private final AtomicLong lastStoreId;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdbcMessageStore(StoreOptions options, StoreLock lock, StoreReader reader, StoreWriter writer,
            long maxStoreId) {
        this.options = options;
        this.lock = lock;
        this.reader = reader;
        this.writer = writer;
        this.lastStoreId = new AtomicLong(maxStoreId);
    }

    /** Opens (and on first use creates) the store, with a writer thread named {@code petrel-store-writer}. */
    public static JdbcMessageStore open(StoreOptions options) {
        return open(options, task -> new Thread(task, "petrel-store-writer"));
    }

    /**
     * Opens (and on first use creates) the store.
     *
     * @param writerThread makes the one writer thread
     * @throws StoreException when the database cannot be opened or holds an unknown schema version
     */
    public static JdbcMessageStore open(StoreOptions options, ThreadFactory writerThread) {
        SqlDialect dialect = options.dialect();
        StoreLock lock = options.lockFile() == null ? null : StoreLock.acquire(options.lockFile());
        StoreReader reader = null;
        try {
            Connection readConnection = options.connect();
            StoreSql.executeAll(readConnection, dialect.onOpen());
            StoreSchema.ensure(readConnection, dialect);
            reader = new StoreReader(readConnection, dialect.referenceRowCount());
            long maxStoreId = reader.maxStoreId();
            StoreWriter writer = new StoreWriter(options::connect, dialect, options.maxBatchOps(),
                    options.maxBatchBytes(), options.lazyWaitNanos(), writerThread);
            LOG.info("store opened: {}", options);
            return new JdbcMessageStore(options, lock, reader, writer, maxStoreId);
        } catch (SQLException | RuntimeException e) {
            if (reader != null) {
                reader.close();
            }
            if (lock != null) {
                lock.close();
            }
            throw e instanceof StoreException se ? se
                    : new StoreException("could not open the store at " + options.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public CompletableFuture<Void> submit(List<StoreOp> ops) {
        return writer.submit(ops, true);
    }

    @Override
    public CompletableFuture<Void> submitLazily(List<StoreOp> ops) {
        return writer.submit(ops, false);
    }

    @Override
    public long nextStoreId() {
        return lastStoreId.incrementAndGet();
    }

    @Override
    public RecoveredState recover() {
        long started = System.nanoTime();
        try {
            RecoveredState state = new RecoveredState(reader.queues(), reader.preparedTransactions());
            LOG.info("store recovered {} queues and subscriptions holding {} messages, and {} prepared "
                    + "transactions, in {} ms", state.queues().size(), state.messageCount(),
                    state.preparedTransactions().size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return state;
        } catch (SQLException e) {
            throw new StoreException("could not read queues and transactions from the store: " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredReference> readReferences(String queueKey, long afterStoreId, int maxCount) {
        try {
            return reader.readReferences(queueKey, afterStoreId, maxCount);
        } catch (SQLException e) {
            throw new StoreException("could not read the messages of " + queueKey + " after store id "
                    + afterStoreId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredMessage> loadMessages(String queueKey, List<Long> storeIds) {
        try {
            return reader.loadMessages(queueKey, storeIds);
        } catch (SQLException e) {
            throw new StoreException("could not load " + storeIds.size() + " messages of " + queueKey
                    + " from the store: " + e.getMessage(), e);
        }
    }

    /** Group commits done since open: compare with submissions to see how well commits are shared. */
    public long commitCount() {
        return writer.commitCount();
    }

    /** Submissions that failed since open. */
    public long failureCount() {
        return writer.failureCount();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Reader first: the writer's clean shutdown (HSQLDB SHUTDOWN) closes the database under every session.
        reader.close();
        writer.close();
        if (lock != null) {
            lock.close();
        }
        LOG.info("store closed: {}", options);
    }
}
