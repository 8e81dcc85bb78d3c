package dev.petrel.broker.store;

import java.nio.file.Path;
import java.util.List;

/**
 * HSQLDB 2.7 in file mode: {@code CACHED} tables so the backlog lives on disk, not in the heap; MVCC so the
 * reading connection never waits for the writer; the log synced at every commit so a committed batch
 * survives a crash. Stateless.
 */
public final class HsqldbDialect implements SqlDialect {

    /**
     * HSQLDB checkpoints whenever its log passes this size. After a crash it replays the log before the database
     * opens (the statements since the last checkpoint, binary columns in hex) at about 0.1 s per MiB in a JVM that
     * has just started, so its default of 50 MiB could hold a restart up for seconds. Smaller costs write
     * throughput, as each checkpoint syncs the data file: at 4 MiB bare HSQLDB bulk inserts ran about 15% slower
     * (2 MiB: 18%) and the broker's bulk sends not measurably slower (docs/store.md).
     */
    static final int LOG_SIZE_MIB = 4;

    /**
     * The URL of a file database under {@code directory}. The properties take effect when the database is
     * created; {@link #onOpen()} asserts the durability one again for databases created otherwise. HSQLDB's
     * lock file is off because the store holds a {@link #lockFile lock of its own}.
     */
    public static String fileUrl(Path directory) {
        return "jdbc:hsqldb:file:" + directory.toAbsolutePath().resolve("petrel")
                + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.lock_file=false";
    }

    /** The file the store locks while a file database under {@code directory} is open. */
    public static Path lockFile(Path directory) {
        return directory.toAbsolutePath().resolve("petrel.lock");
    }

    @Override
    public String createTable() {
        return "CREATE CACHED TABLE";
    }

    @Override
    public String binaryType() {
        // Kept in the row, not as a BLOB: HSQLDB's lob store costs a second write per message.
        return "VARBINARY(1G)";
    }

    @Override
    public String binaryKeyType() {
        return "VARBINARY(" + TxId.MAX_LENGTH + ")";
    }

    @Override
    public String textType() {
        return "VARCHAR(65536)";
    }

    @Override
    public String insertQueueIfAbsent() {
        return "MERGE INTO petrel_queue q USING (VALUES (CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(1000)),"
                + " CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(65536)),"
                + " CAST(? AS BOOLEAN))) AS v(queue_key, topic, client_id, sub_name, selector, no_local)"
                + " ON q.queue_key = v.queue_key WHEN NOT MATCHED THEN INSERT"
                + " (queue_key, topic, client_id, sub_name, selector, no_local, dispatched_up_to)"
                + " VALUES (v.queue_key, v.topic, v.client_id, v.sub_name, v.selector, v.no_local, 0)";
    }

    /** HSQLDB keeps a count of every table's rows in its system tables. */
    @Override
    public String referenceRowCount() {
        return "SELECT CARDINALITY FROM INFORMATION_SCHEMA.SYSTEM_TABLESTATS"
                + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'PETREL_REFERENCE'";
    }

    @Override
    public List<String> onOpen() {
        // Set at every open, so that stores created with other settings take these too. NIO off: plain file reads
        // instead of a memory-mapped .data file, whose pages count in the broker's RSS (about 300 MB with a
        // 1M-message backlog) and which bought no speed (docs/store.md).
        return List.of("SET FILES WRITE DELAY FALSE", "SET FILES LOG SIZE " + LOG_SIZE_MIB, "SET FILES NIO FALSE");
    }

    @Override
    public List<String> onClose() {
        // A checkpoint at shutdown: the next start reads the data file instead of replaying the log.
        return List.of("SHUTDOWN");
    }
}
