package dev.petrel.broker.store;

import java.util.function.UnaryOperator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, empty store database per test: an HSQLDB directory, or a PostgreSQL schema of its own, dropped
 * afterwards. Use as {@code @RegisterExtension final StoreFixture store = StoreFixture.hsqldb();}. Owned by
 * the test thread.
 */
final class StoreFixture implements BeforeEachCallback, AfterEachCallback {

    private final String postgresUrl;
    private Path directory;
    private String schema;
    private StoreOptions options;
    private JdbcMessageStore open;

    private StoreFixture(String postgresUrl) {
        this.postgresUrl = postgresUrl;
    }

    static StoreFixture hsqldb() {
        return new StoreFixture(null);
    }

    /** @param url a {@code jdbc:postgresql:} URL with user and password, as in PETREL_TEST_POSTGRES_URL */
    static StoreFixture postgres(String url) {
        return new StoreFixture(url);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (postgresUrl == null) {
            directory = Files.createTempDirectory("petrel-store-test");
            options = StoreOptions.hsqldb(directory);
        } else {
            schema = "petrel_test_" + UUID.randomUUID().toString().replace("-", "");
            adminExecute("CREATE SCHEMA " + schema);
            String separator = postgresUrl.contains("?") ? "&" : "?";
            options = StoreOptions.jdbc(postgresUrl + separator + "currentSchema=" + schema, null, null);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        closeStore();
        if (schema != null) {
            adminExecute("DROP SCHEMA " + schema + " CASCADE");
        }
        if (directory != null) {
            deleteRecursively(directory);
        }
    }

    StoreOptions options() {
        return options;
    }

    /** Opens the store (closing one opened before). */
    JdbcMessageStore open() {
        return open(UnaryOperator.identity());
    }

    /** Opens the store with changed options (closing one opened before). */
    JdbcMessageStore open(UnaryOperator<StoreOptions> change) {
        closeStore();
        open = JdbcMessageStore.open(change.apply(options));
        return open;
    }

    /** Closes the store cleanly and opens it again, as a broker restart does. */
    JdbcMessageStore reopen() {
        return open();
    }

    void closeStore() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    /** Rows in a store table, read on a connection of its own. */
    long countRows(String table) throws SQLException {
        return queryLong("SELECT COUNT(*) FROM " + table);
    }

    /** The one number a query answers, read on a connection of its own. */
    long queryLong(String sql) throws SQLException {
        try (Connection c = options.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs one statement against the store's database, outside the store. */
    void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = options.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.execute();
        }
    }

    private void adminExecute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgresUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
