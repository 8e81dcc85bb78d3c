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
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns ops into SQL on the write connection, inside the caller's transaction: the one place where ops
 * change the database, whether they come from a producer, a commit of a prepared branch or a master's
 * replicated batch. Owned by the store-writer thread.
 *
 * <p>Message inserts go first (a message row is inert until referenced), then every other op in list
 * order; consecutive ops of one kind share a JDBC batch. Messages whose last reference went are deleted at
 * the end, so the result is the same whatever the interleaving of the lists in one group commit.
 */
final class BatchApplier implements AutoCloseable {

    private static final String INSERT_MESSAGE = "INSERT INTO petrel_message (store_id, destination, priority,"
            + " expiration, delivery_time, body) VALUES (?, ?, ?, ?, ?, ?)";
    /** Copies the message's headers into the reference; inserts nothing when the message is not stored. */
    private static final String INSERT_REFERENCE = "INSERT INTO petrel_reference (queue_key, store_id,"
            + " delivery_count, priority, expiration, delivery_time) SELECT CAST(? AS VARCHAR(1000)), store_id, 0,"
            + " priority, expiration, delivery_time FROM petrel_message WHERE store_id = ?";
    private static final String DELETE_REFERENCE = "DELETE FROM petrel_reference WHERE queue_key = ? AND store_id = ?";
    private static final String UPDATE_DELIVERY_COUNT =
            "UPDATE petrel_reference SET delivery_count = ? WHERE queue_key = ? AND store_id = ?";
    private static final String RAISE_MARK =
            "UPDATE petrel_queue SET dispatched_up_to = ? WHERE queue_key = ? AND dispatched_up_to < ?";
    /** Also deletes the queue's references to those messages, by the foreign key's cascade. */
    private static final String DELETE_QUEUE_MESSAGES = "DELETE FROM petrel_message WHERE store_id IN"
            + " (SELECT r.store_id FROM petrel_reference r WHERE r.queue_key = ?) AND NOT EXISTS (SELECT 1 FROM"
            + " petrel_reference o WHERE o.store_id = petrel_message.store_id AND o.queue_key <> ?)";
    private static final String DELETE_QUEUE_REFERENCES = "DELETE FROM petrel_reference WHERE queue_key = ?";
    private static final String DELETE_QUEUE = "DELETE FROM petrel_queue WHERE queue_key = ?";
    private static final String INSERT_TX = "INSERT INTO petrel_prepared_tx (tx_id, ops) VALUES (?, ?)";
    private static final String SELECT_TX = "SELECT ops FROM petrel_prepared_tx WHERE tx_id = ?";
    private static final String DELETE_TX = "DELETE FROM petrel_prepared_tx WHERE tx_id = ?";
    private static final String DELETE_IF_UNREFERENCED = "DELETE FROM petrel_message WHERE store_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM petrel_reference WHERE store_id = ?)";

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
            for (StoreOp op : ops) {
                if (op instanceof AddMessage m) {
                    insertMessage(m.message());
                }
            }
            for (StoreOp op : ops) {
                if (!(op instanceof AddMessage)) {
                    step(op);
                }
            }
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

    private void step(StoreOp op) throws SQLException {
        if (op instanceof AddMessage m) {
            insertMessage(m.message());
        } else if (op instanceof AddReference r) {
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
        PreparedStatement ps = add(INSERT_MESSAGE);
        ps.setLong(1, m.storeId());
        ps.setString(2, m.destination());
        ps.setInt(3, m.priority());
        ps.setLong(4, m.expiration());
        ps.setLong(5, m.deliveryTime());
        ps.setBytes(6, m.encoded());
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
        for (StoreOp op : StoreBatch.decode(encoded).ops()) {
            step(op);
        }
        add(DELETE_TX).setBytes(1, txId.bytes());
        pending.addBatch();
    }

    private void deleteUnreferenced() throws SQLException {
        for (long storeId : maybeUnreferenced) {
            add(DELETE_IF_UNREFERENCED).setLong(1, storeId);
            addBatch(2, storeId);
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
