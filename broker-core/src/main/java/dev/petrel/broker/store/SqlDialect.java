package dev.petrel.broker.store;

import java.util.List;

/**
 * What differs between the databases the store runs on: column types, table kind, the one upsert, and the
 * statements run at open and close. Everything else is portable SQL in the store's classes. Stateless.
 */
public interface SqlDialect {

    /** {@code CREATE TABLE} or the database's variant that keeps rows on disk. */
    String createTable();

    /** A column type for message bytes of any size the broker accepts. */
    String binaryType();

    /** A column type for a short binary key (a transaction id). */
    String binaryKeyType();

    /** A column type for text of unbounded length (selectors). */
    String textType();

    /**
     * Inserts a queue row unless one with the same key exists. Parameters: queue_key, topic, client_id,
     * sub_name, selector, no_local.
     */
    String insertQueueIfAbsent();

    /**
     * A query answering how many rows petrel_reference holds from a count the database keeps, without reading
     * them; null where the database keeps none, and recovery counts instead (see {@link ReferenceCounter}).
     */
    default String referenceRowCount() {
        return null;
    }

    /** Statements run on the first connection each time the store opens (durability settings). */
    List<String> onOpen();

    /** Statements run on the last connection when the store closes cleanly. */
    List<String> onClose();

    /** The dialect for a JDBC URL. */
    static SqlDialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:hsqldb:")) {
            return new HsqldbDialect();
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        throw new StoreException("no SQL dialect for '" + jdbcUrl
                + "'; the store runs on HSQLDB (jdbc:hsqldb:) and PostgreSQL (jdbc:postgresql:)");
    }
}
