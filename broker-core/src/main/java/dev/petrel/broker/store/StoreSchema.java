package dev.petrel.broker.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the store's tables on first start and refuses a database written by a newer or unknown schema
 * version. Runs once, at open, on the opening thread.
 *
 * <p>Tables: {@code petrel_message} (each message once), {@code petrel_reference} (which queue or
 * subscription holds which message, with its delivery count and a copy of the headers recovery orders,
 * expires and schedules by, so that paging a queue reads this table alone),
 * {@code petrel_queue} (queues and durable subscriptions with their "dispatched up to" mark) and
 * {@code petrel_prepared_tx} (prepared transaction branches as encoded op lists).
 */
final class StoreSchema {

    /** The schema this code writes. Raise it with every change and add the migration from the previous one. */
    static final int VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(StoreSchema.class);

    private StoreSchema() {
    }

    static void ensure(Connection connection, SqlDialect dialect) throws SQLException {
        if (!exists(connection)) {
            create(connection, dialect);
            LOG.info("created store schema version {}", VERSION);
            return;
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM petrel_schema")) {
            int found = rs.next() ? rs.getInt(1) : 0;
            if (found != VERSION) {
                throw new StoreException("the store holds schema version " + found + " but this broker reads only "
                        + "version " + VERSION + "; use the broker version that wrote it, or a new data directory");
            }
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        // Unquoted names are upper case in HSQLDB and lower case in PostgreSQL: ask for both.
        for (String name : List.of("PETREL_SCHEMA", "petrel_schema")) {
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void create(Connection connection, SqlDialect dialect) throws SQLException {
        String table = dialect.createTable();
        List<String> ddl = new ArrayList<>(List.of(
                table + " petrel_message (store_id BIGINT NOT NULL PRIMARY KEY,"
                        + " destination VARCHAR(1000) NOT NULL, priority SMALLINT NOT NULL,"
                        + " expiration BIGINT NOT NULL, delivery_time BIGINT NOT NULL, body "
                        + dialect.binaryType() + " NOT NULL)",
                table + " petrel_queue (queue_key VARCHAR(1000) NOT NULL PRIMARY KEY, topic VARCHAR(1000),"
                        + " client_id VARCHAR(1000), sub_name VARCHAR(1000), selector " + dialect.textType() + ","
                        + " no_local BOOLEAN NOT NULL, dispatched_up_to BIGINT NOT NULL)",
                // The keys make a reference to an undeclared queue or an unstored message fail its batch
                // instead of committing something recovery would never find.
                table + " petrel_reference (queue_key VARCHAR(1000) NOT NULL, store_id BIGINT NOT NULL,"
                        + " delivery_count INTEGER NOT NULL, priority SMALLINT NOT NULL, expiration BIGINT NOT NULL,"
                        + " delivery_time BIGINT NOT NULL, PRIMARY KEY (queue_key, store_id),"
                        + " FOREIGN KEY (queue_key) REFERENCES petrel_queue (queue_key),"
                        + " FOREIGN KEY (store_id) REFERENCES petrel_message (store_id) ON DELETE CASCADE)",
                table + " petrel_prepared_tx (tx_id " + dialect.binaryKeyType() + " NOT NULL PRIMARY KEY,"
                        + " ops " + dialect.binaryType() + " NOT NULL)",
                // Created last: its presence means the rest exists.
                table + " petrel_schema (version INTEGER NOT NULL)",
                "INSERT INTO petrel_schema (version) VALUES (" + VERSION + ")"));
        if (!dialect.indexesForeignKeys()) {
            // The orphan check after an acknowledgement looks references up by message.
            ddl.add(ddl.size() - 2, "CREATE INDEX petrel_reference_by_message ON petrel_reference (store_id)");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String sql : ddl) {
                s.executeUpdate(sql);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
