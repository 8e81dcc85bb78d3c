package dev.petrel.broker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the store on its own connection, with auto-commit, so it sees only committed batches and never holds
 * up the writer (HSQLDB runs in MVCC mode for this). Any thread may call it; calls are serialized on the one
 * connection by this object's monitor, which guards the connection and its statements.
 */
final class StoreReader implements AutoCloseable {

    /** Ids per body query: larger lists are split, shorter ones padded with their last id. */
    static final int LOAD_CHUNK = 32;

    private static final String QUEUES = "SELECT queue_key, topic, client_id, sub_name, selector, no_local,"
            + " dispatched_up_to FROM petrel_queue ORDER BY queue_key";
    private static final String PREPARED = "SELECT tx_id, ops FROM petrel_prepared_tx ORDER BY tx_id";
    private static final String MARK = "SELECT dispatched_up_to FROM petrel_queue WHERE queue_key = ?";
    /** Ordered by the whole primary key: only then does HSQLDB walk the index and stop at the limit. */
    private static final String PAGE = "SELECT store_id, delivery_count, priority, expiration, delivery_time"
            + " FROM petrel_reference WHERE queue_key = ? AND store_id > ? ORDER BY queue_key, store_id"
            + " FETCH FIRST ? ROWS ONLY";
    /**
     * Inline messages, by (queue_key, store_id) pairs: HSQLDB reads each through the primary key. (With
     * {@code queue_key = ? AND store_id IN (…)} it walked all of the queue's references instead.)
     */
    private static final String LOAD_INLINE = "SELECT store_id, destination, priority, expiration, delivery_time,"
            + " body FROM petrel_reference WHERE (queue_key, store_id) IN ((?, ?)" + ", (?, ?)".repeat(LOAD_CHUNK - 1)
            + ") AND body IS NOT NULL";
    /** Shared messages, stored once for several queues. */
    private static final String LOAD_SHARED = "SELECT store_id, destination, priority, expiration, delivery_time,"
            + " body FROM petrel_message WHERE store_id IN (?" + ", ?".repeat(LOAD_CHUNK - 1) + ")";
    private static final String MAX_MESSAGE = "SELECT MAX(store_id) FROM petrel_message";
    /** Read through the index by message, not by walking the table. */
    private static final String MAX_REFERENCE = "SELECT MAX(store_id) FROM petrel_reference";
    private static final String MAX_MARK = "SELECT MAX(dispatched_up_to) FROM petrel_queue";

    private final Connection connection;
    private final StatementCache statements;
    private final ReferenceCounter counter;

    /**
     * @param referenceRowCount a query answering the number of rows in petrel_reference without reading them,
     *                          or null where the database has none (see {@link ReferenceCounter})
     */
    StoreReader(Connection connection, String referenceRowCount) throws SQLException {
        connection.setAutoCommit(true);
        this.connection = connection;
        this.statements = new StatementCache(connection);
        this.counter = new ReferenceCounter(statements, referenceRowCount);
    }

    synchronized List<StoredQueue> queues() throws SQLException {
        List<StoredQueue> declared = new ArrayList<>();
        try (ResultSet rs = statements.get(QUEUES).executeQuery()) {
            while (rs.next()) {
                String topic = rs.getString(2);
                StoredSubscription subscription = topic == null ? null
                        : new StoredSubscription(topic, rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getBoolean(6));
                declared.add(new StoredQueue(rs.getString(1), subscription, rs.getLong(7), 0));
            }
        }
        Map<String, Long> counts = counter.count(declared.stream().map(StoredQueue::queueKey).toList());
        return declared.stream().map(q -> new StoredQueue(q.queueKey(), q.subscription(), q.dispatchedUpTo(),
                counts.getOrDefault(q.queueKey(), 0L))).toList();
    }

    synchronized List<StoreOp.PrepareTx> preparedTransactions() throws SQLException {
        List<StoreOp.PrepareTx> prepared = new ArrayList<>();
        try (ResultSet rs = statements.get(PREPARED).executeQuery()) {
            while (rs.next()) {
                TxId txId = new TxId(rs.getBytes(1));
                prepared.add(new StoreOp.PrepareTx(txId, StoreBatch.decode(rs.getBytes(2)).ops()));
            }
        }
        return prepared;
    }

    /**
     * The highest store id in use: in shared messages, in references (inline messages), in dispatch marks, or in
     * prepared transactions' messages.
     */
    synchronized long maxStoreId() throws SQLException {
        long max = Math.max(Math.max(singleLong(MAX_MESSAGE), singleLong(MAX_REFERENCE)), singleLong(MAX_MARK));
        for (StoreOp.PrepareTx tx : preparedTransactions()) {
            for (StoreOp op : tx.ops()) {
                if (op instanceof StoreOp.AddMessage m) {
                    max = Math.max(max, m.message().storeId());
                }
            }
        }
        return max;
    }

    synchronized List<StoredReference> readReferences(String queueKey, long afterStoreId, int maxCount)
            throws SQLException {
        PreparedStatement mark = statements.get(MARK);
        mark.setString(1, queueKey);
        long dispatchedUpTo = 0;
        try (ResultSet rs = mark.executeQuery()) {
            if (rs.next()) {
                dispatchedUpTo = rs.getLong(1);
            }
        }
        PreparedStatement page = statements.get(PAGE);
        page.setString(1, queueKey);
        page.setLong(2, afterStoreId);
        page.setInt(3, maxCount);
        List<StoredReference> references = new ArrayList<>(Math.min(maxCount, 1024));
        try (ResultSet rs = page.executeQuery()) {
            while (rs.next()) {
                long storeId = rs.getLong(1);
                references.add(new StoredReference(storeId, rs.getInt(2), storeId <= dispatchedUpTo, rs.getInt(3),
                        rs.getLong(4), rs.getLong(5)));
            }
        }
        return references;
    }

    /** The queue's messages with these ids, in the order asked: inline ones first, the rest among shared ones. */
    synchronized List<StoredMessage> loadMessages(String queueKey, List<Long> storeIds) throws SQLException {
        Map<Long, StoredMessage> found = new HashMap<>();
        load(LOAD_INLINE, queueKey, storeIds, found);
        List<Long> shared = storeIds.stream().filter(id -> !found.containsKey(id)).toList();
        if (!shared.isEmpty()) {
            load(LOAD_SHARED, null, shared, found);
        }
        List<StoredMessage> messages = new ArrayList<>(found.size());
        for (Long id : storeIds) {
            StoredMessage m = found.get(id);
            if (m != null) {
                messages.add(m);
            }
        }
        return messages;
    }

    /**
     * Runs {@code sql} over the ids {@link #LOAD_CHUNK} at a time, a short chunk padded with its last id, binding
     * each id with the queue key before it when one is given.
     */
    private void load(String sql, String queueKey, List<Long> storeIds, Map<Long, StoredMessage> found)
            throws SQLException {
        PreparedStatement load = statements.get(sql);
        for (int from = 0; from < storeIds.size(); from += LOAD_CHUNK) {
            int parameter = 1;
            for (int i = 0; i < LOAD_CHUNK; i++) {
                if (queueKey != null) {
                    load.setString(parameter++, queueKey);
                }
                load.setLong(parameter++, storeIds.get(Math.min(from + i, storeIds.size() - 1)));
            }
            try (ResultSet rs = load.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), new StoredMessage(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            rs.getLong(4), rs.getLong(5), rs.getBytes(6)));
                }
            }
        }
    }

    private long singleLong(String sql) throws SQLException {
        try (ResultSet rs = statements.get(sql).executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public synchronized void close() {
        statements.close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the store's read connection", e);
        }
    }
}
