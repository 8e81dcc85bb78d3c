package dev.petrel.xa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.Broker;
import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelXAConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.transaction.TransactionManager;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.XAConnection;
import org.hsqldb.jdbc.pool.JDBCXADataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Narayana as transaction manager over two resources, HSQLDB's XA data source and a Petrel broker in this JVM:
 * the message and the row are committed together, or neither is.
 */
@Timeout(120)
class JtaTransactionsTest {

    @TempDir
    static Path dir;

    private static Broker broker;
    private static TransactionManager tm;
    private static JDBCXADataSource db;
    private static ConnectionFactory jta;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        NarayanaFixture.configure(dir, "petrel-xa-test");
        broker = Broker.start(BrokerConfig.defaults().withAcceptors(List.of(new AcceptorConfig("tcp", "127.0.0.1", 0)))
                .withDataDirectory(dir.resolve("broker")));
        url = "tcp://127.0.0.1:" + broker.port();
        tm = com.arjuna.ats.jta.TransactionManager.transactionManager();
        jta = new JtaConnectionFactory(new PetrelXAConnectionFactory(url), tm);
        db = new JDBCXADataSource();
        db.setUrl("jdbc:hsqldb:file:" + dir.resolve("db/app") + ";hsqldb.write_delay=false");
        db.setUser("SA");
        db.setPassword("");
        try (java.sql.Connection c = plainDb(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id VARCHAR(64) PRIMARY KEY)");
        }
    }

    @AfterAll
    static void stop() throws SQLException {
        try (java.sql.Connection c = plainDb(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        broker.close();
    }

    @Test
    void aCommitMakesTheRowAndTheMessageVisibleTogether() throws Exception {
        String id = UUID.randomUUID().toString();
        tm.begin();
        insertRow(id);
        sendInTransaction("orders", id);
        assertThat(receive("orders", 200)).isNull();
        tm.commit();

        assertThat(rowExists(id)).isTrue();
        assertThat(receive("orders", 5000)).isEqualTo(id);
    }

    @Test
    void aRollbackMakesNeitherVisible() throws Exception {
        String id = UUID.randomUUID().toString();
        tm.begin();
        insertRow(id);
        sendInTransaction("orders.rb", id);
        tm.rollback();

        assertThat(rowExists(id)).isFalse();
        assertThat(receive("orders.rb", 300)).isNull();
    }

    @Test
    void aMessageConsumedUnderARolledBackTransactionIsRedelivered() throws Exception {
        try (Connection c = new PetrelConnectionFactory(url).createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            s.createProducer(s.createQueue("orders.in")).send(s.createTextMessage("work"));
        }
        tm.begin();
        try (Connection c = jta.createConnection()) {
            c.start();
            Session s = c.createSession(true, Session.SESSION_TRANSACTED);
            Message m = s.createConsumer(s.createQueue("orders.in")).receive(5000);
            assertThat(((TextMessage) m).getText()).isEqualTo("work");
            insertRow("consumed-" + UUID.randomUUID());
            s.close();
        }
        tm.rollback();

        try (Connection c = new PetrelConnectionFactory(url).createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message again = s.createConsumer(s.createQueue("orders.in")).receive(5000);
            assertThat(((TextMessage) again).getText()).isEqualTo("work");
            assertThat(again.getJMSRedelivered()).isTrue();
        }
    }

    private static void sendInTransaction(String queue, String text) throws Exception {
        try (Connection c = jta.createConnection()) {
            Session s = c.createSession(true, Session.SESSION_TRANSACTED);
            s.createProducer(s.createQueue(queue)).send(s.createTextMessage(text));
            s.close(); // deferred until the transaction completes
        }
    }

    private static void insertRow(String id) throws Exception {
        XAConnection xa = db.getXAConnection();
        tm.getTransaction().enlistResource(xa.getXAResource());
        try (PreparedStatement insert = xa.getConnection().prepareStatement("INSERT INTO orders VALUES (?)")) {
            insert.setString(1, id);
            insert.executeUpdate();
        }
    }

    private static java.sql.Connection plainDb() throws SQLException {
        return java.sql.DriverManager.getConnection(db.getUrl(), "SA", "");
    }

    private static boolean rowExists(String id) throws SQLException {
        try (java.sql.Connection c = plainDb();
                PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM orders WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private static String receive(String queue, long timeoutMs) throws Exception {
        try (Connection c = new PetrelConnectionFactory(url).createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue(queue));
            Message m = consumer.receive(timeoutMs);
            return m == null ? null : ((TextMessage) m).getText();
        }
    }
}
