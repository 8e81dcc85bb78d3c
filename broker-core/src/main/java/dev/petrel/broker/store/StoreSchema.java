package dev.petrel.broker.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the store's tables on first start, migrates a store of the previous schema version, and refuses a
 * database written by a newer or unknown one. Runs once, at open, on the opening thread.
 *
 * <p>Tables: {@code petrel_reference} (which queue or subscription holds which message, with its delivery
 * count and a copy of the headers recovery orders, expires and schedules by, so that paging a queue reads
 * this table alone; a message that one queue alone holds is stored inline here, body and all, so that it
 * costs one row), {@code petrel_message} (a message several queues hold, stored once; their references have
 * no body), {@code petrel_queue} (queues and durable subscriptions with their "dispatched up to" mark) and
 * {@code petrel_prepared_tx} (prepared transaction branches as encoded op lists).
 */
final class StoreSchema {

    /** The schema this code writes. Raise it with every change and add the migration from the previous one. */
    static final int VERSION = 2;

    private static final Logger LOG = LoggerFactory.getLogger(StoreSchema.class);

    /**
     * Finds a shared message's references when one goes, to tell whether it was the last, and the highest
     * store id at open. Inline rows pay for it too (about 5% of bare insert+delete throughput, docs/store.md);
     * a reference count kept on the message instead made each acknowledgement of a shared message rewrite its
     * row, body included (40% slower), and left the highest store id without an index to read.
     */
    private static final String INDEX_BY_MESSAGE = "petrel_reference_by_message";

    private StoreSchema() {
    }

    static void ensure(Connection connection, SqlDialect dialect) throws SQLException {
        if (!exists(connection, "petrel_schema")) {
            inTransaction(connection, s -> {
                for (String sql : createStatements(dialect)) {
                    s.executeUpdate(sql);
                }
            });
            LOG.info("created store schema version {}", VERSION);
            return;
        }
        int found = version(connection);
        if (found == 1) {
            migrateFrom1(connection, dialect);
        } else if (found != VERSION) {
            throw new StoreException("the store holds schema version " + found + " but this broker reads only "
                    + "version " + VERSION + "; use the broker version that wrote it, or a new data directory");
        }
    }

    private static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM petrel_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> createStatements(SqlDialect dialect) {
        String table = dialect.createTable();
        return List.of(
                table + " petrel_message (store_id BIGINT NOT NULL PRIMARY KEY,"
                        + " destination VARCHAR(1000) NOT NULL, priority SMALLINT NOT NULL,"
                        + " expiration BIGINT NOT NULL, delivery_time BIGINT NOT NULL, body "
                        + dialect.binaryType() + " NOT NULL)",
                table + " petrel_queue (queue_key VARCHAR(1000) NOT NULL PRIMARY KEY, topic VARCHAR(1000),"
                        + " client_id VARCHAR(1000), sub_name VARCHAR(1000), selector " + dialect.textType() + ","
                        + " no_local BOOLEAN NOT NULL, dispatched_up_to BIGINT NOT NULL)",
                // The key makes a reference to an undeclared queue fail its batch instead of committing something
                // recovery would never find. destination and body are set for an inline message, null for a
                // reference to a petrel_message row, which therefore has no foreign key (the applier refuses a
                // reference to a message that is not stored).
                table + " petrel_reference (queue_key VARCHAR(1000) NOT NULL, store_id BIGINT NOT NULL,"
                        + " delivery_count INTEGER NOT NULL, priority SMALLINT NOT NULL, expiration BIGINT NOT NULL,"
                        + " delivery_time BIGINT NOT NULL, destination VARCHAR(1000), body " + dialect.binaryType()
                        + ", PRIMARY KEY (queue_key, store_id),"
                        + " FOREIGN KEY (queue_key) REFERENCES petrel_queue (queue_key))",
                createIndexByMessage(),
                table + " petrel_prepared_tx (tx_id " + dialect.binaryKeyType() + " NOT NULL PRIMARY KEY,"
                        + " ops " + dialect.binaryType() + " NOT NULL)",
                // Created last: its presence means the rest exists.
                table + " petrel_schema (version INTEGER NOT NULL)",
                "INSERT INTO petrel_schema (version) VALUES (" + VERSION + ")");
    }

    private static String createIndexByMessage() {
        return "CREATE INDEX " + INDEX_BY_MESSAGE + " ON petrel_reference (store_id)";
    }

    /**
     * Version 1 kept every message in petrel_message and every reference without a body, which version 2 reads
     * as references to shared messages: the rows stay as they are. The references get the inline columns and
     * lose their foreign key to petrel_message. Each step is skipped when done already, so that a migration a
     * crash interrupted on HSQLDB (which commits each DDL statement) completes at the next open.
     */
    private static void migrateFrom1(Connection connection, SqlDialect dialect) throws SQLException {
        long started = System.nanoTime();
        inTransaction(connection, s -> {
            for (String column : List.of("destination VARCHAR(1000)", "body " + dialect.binaryType())) {
                if (!hasColumn(connection, "petrel_reference", column.substring(0, column.indexOf(' ')))) {
                    s.executeUpdate("ALTER TABLE petrel_reference ADD COLUMN " + column);
                }
            }
            String foreignKey = find(connection, (meta, schema, name) -> meta.getImportedKeys(null, schema,
                    name.apply("petrel_reference")), "PKTABLE_NAME", "petrel_message", "FK_NAME");
            if (foreignKey != null) {
                s.executeUpdate("ALTER TABLE petrel_reference DROP CONSTRAINT " + foreignKey);
            }
            // Looked for after the key went: HSQLDB drops a foreign key's own index with it, while version 1 on
            // PostgreSQL created this index itself.
            if (find(connection, (meta, schema, name) -> meta.getIndexInfo(null, schema, name.apply("petrel_reference"),
                    false, false), "INDEX_NAME", INDEX_BY_MESSAGE, "INDEX_NAME") == null) {
                s.executeUpdate(createIndexByMessage());
            }
            s.executeUpdate("UPDATE petrel_schema SET version = " + VERSION);
        });
        LOG.info("migrated store schema 1 → 2 in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        return find(connection, (meta, schema, name) -> meta.getTables(null, schema, name.apply(table),
                new String[] {"TABLE"}), "TABLE_NAME", table, "TABLE_NAME") != null;
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        return find(connection, (meta, schema, name) -> meta.getColumns(null, schema, name.apply(table),
                name.apply(column)), "COLUMN_NAME", column, "COLUMN_NAME") != null;
    }

    /**
     * Column {@code result} of the first row of a metadata lookup in the connection's schema whose column
     * {@code matched} equals {@code value} in any case; null when there is none. Unquoted names are upper case
     * in HSQLDB and lower case in PostgreSQL, so the lookup runs with the names in each.
     */
    private static String find(Connection connection, MetadataLookup lookup, String matched, String value,
            String result) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (UnaryOperator<String> inCase : List.<UnaryOperator<String>>of(n -> n.toUpperCase(Locale.ROOT),
                n -> n.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = lookup.open(meta, connection.getSchema(), inCase)) {
                while (rs.next()) {
                    if (value.equalsIgnoreCase(rs.getString(matched))) {
                        return rs.getString(result);
                    }
                }
            }
        }
        return null;
    }

    /** Runs the work in one transaction where the database has transactional DDL (PostgreSQL). */
    private static void inTransaction(Connection connection, SqlWork work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            work.run(s);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** A {@link DatabaseMetaData} query about names given in the case {@code name} puts them in. */
    @FunctionalInterface
    private interface MetadataLookup {
        ResultSet open(DatabaseMetaData meta, String schema, UnaryOperator<String> name) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Statement statement) throws SQLException;
    }
}
