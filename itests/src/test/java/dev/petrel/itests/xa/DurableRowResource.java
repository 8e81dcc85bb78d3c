package dev.petrel.itests.xa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * An XA branch that inserts one row into {@code orders} of an HSQLDB server, with a DURABLE prepare: the row
 * waits in {@code pending} under its xid until commit moves it (one local transaction) or rollback deletes it.
 * HSQLDB's own XA data source keeps prepared branches only in the client JVM's memory ({@code
 * JDBCXADataSource.getPreparedXids}), so a crashed application process would lose them; a crash test of the
 * two-phase protocol needs a resource manager whose prepare survives its client.
 */
final class DurableRowResource implements XAResource {

    static final String SCHEMA = "CREATE TABLE orders (id VARCHAR(64) PRIMARY KEY);"
            + "CREATE TABLE pending (xid VARCHAR(600) PRIMARY KEY, id VARCHAR(64))";

    private final String url;
    /** The row this branch inserts; null for a resource used by recovery only. */
    private final String rowId;

    DurableRowResource(String url, String rowId) {
        this.url = url;
        this.rowId = rowId;
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "SA", "");
    }

    static void createSchema(String url) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            for (String ddl : SCHEMA.split(";")) {
                s.execute(ddl);
            }
        }
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        update("INSERT INTO pending (xid, id) VALUES (?, ?)", RowXid.key(xid), rowId);
        return XA_OK;
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        if (onePhase) {
            update("INSERT INTO orders (id) VALUES (?)", rowId);
            return;
        }
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            int moved = execute(c, "INSERT INTO orders (id) SELECT id FROM pending WHERE xid = ?", RowXid.key(xid));
            execute(c, "DELETE FROM pending WHERE xid = ?", RowXid.key(xid));
            c.commit();
            if (moved == 0) {
                throw new XAException(XAException.XAER_NOTA);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        update("DELETE FROM pending WHERE xid = ?", RowXid.key(xid));
    }

    @Override
    public Xid[] recover(int flag) throws XAException {
        if ((flag & TMSTARTRSCAN) == 0) {
            return new Xid[0];
        }
        List<Xid> prepared = new ArrayList<>();
        try (Connection c = connect(url); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT xid FROM pending")) {
            while (rows.next()) {
                prepared.add(RowXid.parse(rows.getString(1)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return prepared.toArray(new Xid[0]);
    }

    @Override
    public void start(Xid xid, int flags) {
        // the work is the row id; nothing happens before prepare
    }

    @Override
    public void end(Xid xid, int flags) {
        // see start
    }

    @Override
    public void forget(Xid xid) {
        // never completes heuristically
    }

    @Override
    public boolean isSameRM(XAResource other) {
        return other == this;
    }

    @Override
    public int getTransactionTimeout() {
        return 0;
    }

    @Override
    public boolean setTransactionTimeout(int seconds) {
        return false;
    }

    private void update(String sql, String... values) throws XAException {
        try (Connection c = connect(url)) {
            execute(c, sql, values);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static int execute(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }

    private static XAException failure(SQLException e) {
        XAException failure = new XAException(XAException.XAER_RMFAIL);
        failure.initCause(e);
        return failure;
    }
}
