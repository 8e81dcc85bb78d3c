package dev.petrel.broker.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs a dialect's fixed statements (durability settings, shutdown). Stateless. */
final class StoreSql {

    private StoreSql() {
    }

    static void executeAll(Connection connection, List<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
