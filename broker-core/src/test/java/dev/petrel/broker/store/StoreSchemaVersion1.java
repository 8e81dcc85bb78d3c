package dev.petrel.broker.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A store as schema version 1 left it, for the migration test: its tables created by the statements version 1
 * ran (copied from StoreSchema at commit cbe9991, and frozen here), then rows as its applier wrote them. Every
 * message is a petrel_message row, every reference a row without body that the foreign key ties to it.
 * Stateless.
 */
final class StoreSchemaVersion1 {

    private StoreSchemaVersion1() {
    }

    static void create(StoreFixture fixture) throws SQLException {
        SqlDialect dialect = fixture.options().dialect();
        for (String sql : ddl(dialect)) {
            fixture.execute(sql);
        }
    }

    /** What version 1 wrote for {@code AddQueue(queueKey)}. */
    static void addQueue(StoreFixture fixture, String queueKey) throws SQLException {
        fixture.execute("INSERT INTO petrel_queue (queue_key, no_local, dispatched_up_to) VALUES (?, FALSE, 0)",
                queueKey);
    }

    /** What version 1 wrote for {@code AddMessage(m)} and an {@code AddReference} per queue key. */
    static void addMessage(StoreFixture fixture, StoredMessage m, List<String> queueKeys) throws SQLException {
        fixture.execute("INSERT INTO petrel_message (store_id, destination, priority, expiration, delivery_time,"
                + " body) VALUES (?, ?, ?, ?, ?, ?)", m.storeId(), m.destination(), m.priority(), m.expiration(),
                m.deliveryTime(), m.encoded());
        for (String queueKey : queueKeys) {
            fixture.execute("INSERT INTO petrel_reference (queue_key, store_id, delivery_count, priority,"
                    + " expiration, delivery_time) VALUES (?, ?, 0, ?, ?, ?)", queueKey, m.storeId(), m.priority(),
                    m.expiration(), m.deliveryTime());
        }
    }

    private static List<String> ddl(SqlDialect dialect) {
        String table = dialect.createTable();
        List<String> ddl = new ArrayList<>(List.of(
                table + " petrel_message (store_id BIGINT NOT NULL PRIMARY KEY,"
                        + " destination VARCHAR(1000) NOT NULL, priority SMALLINT NOT NULL,"
                        + " expiration BIGINT NOT NULL, delivery_time BIGINT NOT NULL, body "
                        + dialect.binaryType() + " NOT NULL)",
                table + " petrel_queue (queue_key VARCHAR(1000) NOT NULL PRIMARY KEY, topic VARCHAR(1000),"
                        + " client_id VARCHAR(1000), sub_name VARCHAR(1000), selector " + dialect.textType() + ","
                        + " no_local BOOLEAN NOT NULL, dispatched_up_to BIGINT NOT NULL)",
                table + " petrel_reference (queue_key VARCHAR(1000) NOT NULL, store_id BIGINT NOT NULL,"
                        + " delivery_count INTEGER NOT NULL, priority SMALLINT NOT NULL, expiration BIGINT NOT NULL,"
                        + " delivery_time BIGINT NOT NULL, PRIMARY KEY (queue_key, store_id),"
                        + " FOREIGN KEY (queue_key) REFERENCES petrel_queue (queue_key),"
                        + " FOREIGN KEY (store_id) REFERENCES petrel_message (store_id) ON DELETE CASCADE)",
                table + " petrel_prepared_tx (tx_id " + dialect.binaryKeyType() + " NOT NULL PRIMARY KEY,"
                        + " ops " + dialect.binaryType() + " NOT NULL)",
                table + " petrel_schema (version INTEGER NOT NULL)",
                "INSERT INTO petrel_schema (version) VALUES (1)"));
        if (dialect instanceof PostgresDialect) {
            // Version 1 indexed the key itself where the database does not (HSQLDB does).
            ddl.add(ddl.size() - 2, "CREATE INDEX petrel_reference_by_message ON petrel_reference (store_id)");
        }
        return ddl;
    }
}
