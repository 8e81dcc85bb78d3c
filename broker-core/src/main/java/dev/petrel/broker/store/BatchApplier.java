package dev.petrel.broker.store;

import dev.petrel.broker.store.StoreOp.AddMessage;
import dev.petrel.broker.store.StoreOp.AddQueue;
import dev.petrel.broker.store.StoreOp.AddReference;
import dev.petrel.broker.store.StoreOp.AddSubscription;
import dev.petrel.broker.store.StoreOp.CommitTx;
import dev.petrel.broker.store.StoreOp.MarkDispatched;
import dev.petrel.broker.store.StoreOp.PrepareTx;
import dev.petrel.broker.store.StoreOp.RemoveQueue;
import dev.petrel.broker.store.StoreOp.RemoveReference;
import dev.petrel.broker.store.StoreOp.RollbackTx;
import dev.petrel.broker.store.StoreOp.UpdateDeliveryCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns ops into SQL on the write connection, inside the caller's transaction: the one place where ops
 * change the database, whether they come from a producer, a commit of a prepared branch or a master's
 * replicated batch. Owned by the store-writer thread.
 *
 * <p>A message that exactly one {@link AddReference} of its list puts on a queue is stored inline: one
 * petrel_reference row with its body, written where that reference stands in the list. Any other message is a
 * petrel_message row that its references point to (a topic message for several durable subscriptions is
 * stored once). Those message inserts go first (a message row is inert until referenced), then every other op
 * in list order; consecutive ops of one kind share a JDBC batch. The ops of a prepared branch are applied the
 * same way, as a list of their own, when it commits. Messages whose last reference went are deleted at the
 * end, so the result is the same whatever the interleaving of the lists in one group commit.
 */
final class BatchApplier implements AutoCloseable {

    private static final String INSERT_MESSAGE = "INSERT INTO petrel_message (store_id, destination, priority,"
            + " expiration, delivery_time, body) VALUES (?, ?, ?, ?, ?, ?)";
    /** The message's columns in the order of {@link #INSERT_MESSAGE}'s, after the queue key. */
    private static final String INSERT_INLINE = "INSERT INTO petrel_reference (queue_key, store_id, destination,"
            + " priority, expiration, delivery_time, body, delivery_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0)";
    /** Copies the message's headers into the reference; inserts nothing when the message is not stored. */
    private static final String INSERT_REFERENCE = "INSERT INTO petrel_reference (queue_key, store_id,"
            + " delivery_count, priority, expiration, delivery_time) SELECT CAST(? AS VARCHAR(1000)), store_id, 0,"
            + " priority, expiration, delivery_time FROM petrel_message WHERE store_id = ?";
    private static final String DELETE_REFERENCE = "DELETE FROM petrel_reference WHERE queue_key = ? AND store_id = ?";
    private static final String UPDATE_DELIVERY_COUNT =
            "UPDATE petrel_reference SET delivery_count = ? WHERE queue_key = ? AND store_id = ?";
    private static final String RAISE_MARK =
            "UPDATE petrel_queue SET dispatched_up_to = ? WHERE queue_key = ? AND dispatched_up_to < ?";
    /** The shared messages only this queue references; run before its references go. */
    private static final String DELETE_QUEUE_MESSAGES = "DELETE FROM petrel_message WHERE store_id IN"
            + " (SELECT r.store_id FROM petrel_reference r WHERE r.queue_key = ? AND r.body IS NULL) AND NOT EXISTS"
            + " (SELECT 1 FROM petrel_reference o WHERE o.store_id = petrel_message.store_id AND o.queue_key <> ?)";
    private static final String DELETE_QUEUE_REFERENCES = "DELETE FROM petrel_reference WHERE queue_key = ?";
    private static final String DELETE_QUEUE = "DELETE FROM petrel_queue WHERE queue_key = ?";
    private static final String INSERT_TX = "INSERT INTO petrel_prepared_tx (tx_id, ops) VALUES (?, ?)";
    private static final String SELECT_TX = "SELECT ops FROM petrel_prepared_tx WHERE tx_id = ?";
    private static final String DELETE_TX = "DELETE FROM petrel_prepared_tx WHERE tx_id = ?";
    /**
     * Correlated, so that the references are looked up only when the message row exists: a removed inline
     * reference costs one probe of petrel_message's key. (Written with a second parameter instead, HSQLDB
     * evaluates the subquery at every execution, row or not: deletes of inline rows ran about 10% slower.)
     */
    private static final String DELETE_IF_UNREFERENCED = "DELETE FROM petrel_message WHERE store_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM petrel_reference r WHERE r.store_id = petrel_message.store_id)";

    private final StatementCache statements;
    private final String insertQueue;
    /** Messages that lost a reference in this apply: deleted at its end if nothing references them. */
    private final SortedSet<Long> maybeUnreferenced = new TreeSet<>();
    private PreparedStatement pending;

    BatchApplier(Connection connection, SqlDialect dialect) {
        this.statements = new StatementCache(connection);
        this.insertQueue = dialect.insertQueueIfAbsent();
    }

    /** Applies the ops in the caller's transaction; the caller commits or rolls back. */
    void apply(List<StoreOp> ops) throws SQLException {
        try {
            applyList(ops);
            flush();
            deleteUnreferenced();
        } catch (SQLException | RuntimeException e) {
            statements.clearBatches();
            throw e;
        } finally {
            pending = null;
            maybeUnreferenced.clear();
        }
    }

    /** A submitted list, or the ops of a prepared branch that commits. */
    private void applyList(List<StoreOp> ops) throws SQLException {
        Map<Long, StoredMessage> inline = referencedOnce(ops);
        for (StoreOp op : ops) {
            if (op instanceof AddMessage m && !inline.containsKey(m.message().storeId())) {
                insertMessage(m.message());
            }
        }
        for (StoreOp op : ops) {
            if (op instanceof AddReference r && inline.containsKey(r.storeId())) {
                insertInline(r.queueKey(), inline.get(r.storeId()));
            } else if (!(op instanceof AddMessage)) {
                step(op);
            }
        }
    }

    /** The messages the list adds that exactly one of its {@link AddReference}s puts on a queue, by store id. */
    private static Map<Long, StoredMessage> referencedOnce(List<StoreOp> ops) {
        Map<Long, Integer> references = new HashMap<>();
        for (StoreOp op : ops) {
            if (op instanceof AddReference r) {
                references.merge(r.storeId(), 1, Integer::sum);
            }
        }
        Map<Long, StoredMessage> once = new HashMap<>();
        for (StoreOp op : ops) {
            if (op instanceof AddMessage m && references.getOrDefault(m.message().storeId(), 0) == 1
                    && once.put(m.message().storeId(), m.message()) != null) {
                // Two message rows would collide on their key; one inline row would hide the duplicate.
                throw new StoreException("store id " + m.message().storeId() + " is added twice in one list");
            }
        }
        return once;
    }

    private void step(StoreOp op) throws SQLException {
        if (op instanceof AddReference r) {
            add(INSERT_REFERENCE).setString(1, r.queueKey());
            addBatch(2, r.storeId());
        } else if (op instanceof RemoveReference r) {
            add(DELETE_REFERENCE).setString(1, r.queueKey());
            addBatch(2, r.storeId());
            maybeUnreferenced.add(r.storeId());
        } else if (op instanceof UpdateDeliveryCount u) {
            PreparedStatement ps = add(UPDATE_DELIVERY_COUNT);
            ps.setInt(1, u.deliveryCount());
            ps.setString(2, u.queueKey());
            addBatch(3, u.storeId());
        } else if (op instanceof MarkDispatched d) {
            PreparedStatement ps = add(RAISE_MARK);
            ps.setLong(1, d.upToStoreId());
            ps.setString(2, d.queueKey());
            addBatch(3, d.upToStoreId());
        } else {
            stepQueueOrTx(op);
        }
    }

    private void stepQueueOrTx(StoreOp op) throws SQLException {
        if (op instanceof AddQueue q) {
            insertQueue(q.queueKey(), null);
        } else if (op instanceof AddSubscription s) {
            insertQueue(s.queueKey(), s.subscription());
        } else if (op instanceof RemoveQueue q) {
            removeQueue(q.queueKey());
        } else if (op instanceof PrepareTx p) {
            add(INSERT_TX).setBytes(1, p.txId().bytes());
            pending.setBytes(2, new StoreBatch(p.ops()).encode());
            pending.addBatch();
        } else if (op instanceof CommitTx c) {
            commitPrepared(c.txId());
        } else if (op instanceof RollbackTx r) {
            add(DELETE_TX).setBytes(1, r.txId().bytes());
            pending.addBatch();
        } else {
            throw new IllegalArgumentException("no SQL for " + op);
        }
    }

    private void insertMessage(StoredMessage m) throws SQLException {
        addMessageRow(add(INSERT_MESSAGE), 0, m);
    }

    private void insertInline(String queueKey, StoredMessage m) throws SQLException {
        PreparedStatement ps = add(INSERT_INLINE);
        ps.setString(1, queueKey);
        addMessageRow(ps, 1, m);
    }

    /** Binds the message's columns to the parameters after {@code before} and adds the row to the batch. */
    private static void addMessageRow(PreparedStatement ps, int before, StoredMessage m) throws SQLException {
        ps.setLong(before + 1, m.storeId());
        ps.setString(before + 2, m.destination());
        ps.setInt(before + 3, m.priority());
        ps.setLong(before + 4, m.expiration());
        ps.setLong(before + 5, m.deliveryTime());
        ps.setBytes(before + 6, m.encoded());
        ps.addBatch();
    }

    /** A queue when {@code s} is null, a durable subscription otherwise. */
    private void insertQueue(String queueKey, StoredSubscription s) throws SQLException {
        PreparedStatement ps = add(insertQueue);
        ps.setString(1, queueKey);
        ps.setString(2, s == null ? null : s.topic());
        ps.setString(3, s == null ? null : s.clientId());
        ps.setString(4, s == null ? null : s.name());
        ps.setString(5, s == null ? null : s.selector());
        ps.setBoolean(6, s != null && s.noLocal());
        ps.addBatch();
    }

    private void removeQueue(String queueKey) throws SQLException {
        flush();
        PreparedStatement messages = statements.get(DELETE_QUEUE_MESSAGES);
        messages.setString(1, queueKey);
        messages.setString(2, queueKey);
        messages.executeUpdate();
        for (String sql : List.of(DELETE_QUEUE_REFERENCES, DELETE_QUEUE)) {
            PreparedStatement ps = statements.get(sql);
            ps.setString(1, queueKey);
            ps.executeUpdate();
        }
    }

    private void commitPrepared(TxId txId) throws SQLException {
        flush();
        PreparedStatement select = statements.get(SELECT_TX);
        select.setBytes(1, txId.bytes());
        byte[] encoded;
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("cannot commit " + txId + ": no such prepared transaction in the store");
            }
            encoded = rs.getBytes(1);
        }
        applyList(StoreBatch.decode(encoded).ops());
        add(DELETE_TX).setBytes(1, txId.bytes());
        pending.addBatch();
    }

    private void deleteUnreferenced() throws SQLException {
        for (long storeId : maybeUnreferenced) {
            add(DELETE_IF_UNREFERENCED);
            addBatch(1, storeId);
        }
        flush();
    }

    /** The statement for the next op, after running the pending batch if it was of another kind. */
    private PreparedStatement add(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (pending != ps) {
            flush();
            pending = ps;
        }
        return ps;
    }

    private void addBatch(int lastIndex, long lastValue) throws SQLException {
        pending.setLong(lastIndex, lastValue);
        pending.addBatch();
    }

    private void flush() throws SQLException {
        if (pending != null) {
            PreparedStatement ps = pending;
            pending = null;
            int[] counts = ps.executeBatch();
            if (ps == statements.get(INSERT_REFERENCE)) {
                requireOneRowEach(counts);
            }
        }
    }

    private static void requireOneRowEach(int[] counts) {
        for (int count : counts) {
            if (count == 0) {
                throw new StoreException("a reference names a message that is not stored; add the message "
                        + "in the same list or an earlier one");
            }
        }
    }

    @Override
    public void close() {
        statements.close();
    }
}
