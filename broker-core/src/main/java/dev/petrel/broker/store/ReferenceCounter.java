package dev.petrel.broker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many references each queue and subscription holds, read once at recovery, before the broker accepts
 * clients. Counting reads every reference row (on HSQLDB, in a JVM that has just started, about 0.4 s per
 * 100,000), so where the database keeps the exact row count of a table it is used instead: every queue but
 * one is counted and the one whose store ids span the widest range, most likely the largest, gets the rest. A
 * store whose backlog is in one queue then counts nothing. The table's count is exact only while nothing is
 * being written, which holds at recovery; a count that cannot be right for that queue (below one, or above
 * its span of store ids) is replaced by counting it. Used on the reader's connection, under its monitor.
 */
final class ReferenceCounter {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceCounter.class);

    private static final String COUNT_EACH = "SELECT queue_key, COUNT(*) FROM petrel_reference GROUP BY queue_key";
    private static final String COUNT_ONE = "SELECT COUNT(*) FROM petrel_reference WHERE queue_key = ?";
    /** Ordered by the whole primary key, so that both read one end of the index and stop. */
    private static final String FIRST = "SELECT store_id FROM petrel_reference WHERE queue_key = ?"
            + " ORDER BY queue_key, store_id FETCH FIRST 1 ROWS ONLY";
    private static final String LAST = "SELECT store_id FROM petrel_reference WHERE queue_key = ?"
            + " ORDER BY queue_key DESC, store_id DESC FETCH FIRST 1 ROWS ONLY";

    /** {@link #endOf} of a queue without references. */
    private static final long NONE = Long.MIN_VALUE;

    private final StatementCache statements;
    /** Answers the number of rows in petrel_reference without reading them, or null where no database does. */
    private final String rowCountQuery;

    ReferenceCounter(StatementCache statements, String rowCountQuery) {
        this.statements = statements;
        this.rowCountQuery = rowCountQuery;
    }

    /** The number of references of each key; keys without any are absent. */
    Map<String, Long> count(List<String> queueKeys) throws SQLException {
        return rowCountQuery == null ? countEach() : countAllButTheWidest(queueKeys);
    }

    private Map<String, Long> countEach() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (ResultSet rs = statements.get(COUNT_EACH).executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private Map<String, Long> countAllButTheWidest(List<String> queueKeys) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        long total = singleLong(statements.get(rowCountQuery));
        if (total == 0) {
            return counts;
        }
        List<Span> held = new ArrayList<>();
        for (String key : queueKeys) {
            long first = endOf(FIRST, key);
            if (first != NONE) {
                held.add(new Span(key, first, endOf(LAST, key)));
            }
        }
        if (held.isEmpty()) {
            return counts;
        }
        Span widest = held.get(0);
        for (Span span : held) {
            widest = span.width() > widest.width() ? span : widest;
        }
        long rest = total;
        for (Span span : held) {
            if (span != widest) {
                long n = countOne(span.queueKey());
                counts.put(span.queueKey(), n);
                rest -= n;
            }
        }
        if (rest < 1 || rest > widest.width()) {
            LOG.debug("the row count of petrel_reference leaves {} references for {}, which spans {} store ids;"
                    + " counting them instead", rest, widest.queueKey(), widest.width());
            rest = countOne(widest.queueKey());
        }
        counts.put(widest.queueKey(), rest);
        return counts;
    }

    /** The lowest or highest store id the queue holds, or {@link #NONE}. */
    private long endOf(String sql, String queueKey) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        ps.setString(1, queueKey);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : NONE;
        }
    }

    private long countOne(String queueKey) throws SQLException {
        PreparedStatement ps = statements.get(COUNT_ONE);
        ps.setString(1, queueKey);
        return singleLong(ps);
    }

    private static long singleLong(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The store ids a queue's references lie between: it holds at most {@link #width()} of them. */
    private record Span(String queueKey, long first, long last) {

        long width() {
            return last - first + 1;
        }
    }
}
