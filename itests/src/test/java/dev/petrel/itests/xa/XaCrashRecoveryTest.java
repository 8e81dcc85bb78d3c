package dev.petrel.itests.xa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.itests.BrokerProcess;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelXAConnection;
import dev.petrel.jms.PetrelXAConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.transaction.xa.XAResource;
import org.hsqldb.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes killed in the middle of a two-phase commit over Petrel and a database: at a seeded random point
 * (before prepare, after Petrel's prepare, after the database's, after Narayana logged its decision, after
 * Petrel's commit) either the application ({@link CrashApp}) or the broker is killed with {@code kill -9}. The
 * next application process's recovery scan completes what is in doubt. At the end every transaction is
 * committed in both resources (the row and exactly one message) or in neither, as the decision log says:
 * committed once the decision was logged, rolled back (presumed abort) before. Set {@code -Dpetrel.crash.seed}
 * to replay a run.
 */
@Timeout(180)
class XaCrashRecoveryTest {

    private static final int TRANSACTIONS = 22;
    private static final Duration STEP = Duration.ofSeconds(30);
    /** The points in protocol order; the first three come before Narayana's decision is logged. */
    private static final List<String> POINTS = List.of("petrel.prepare.before", "petrel.prepare.after",
            "db.prepare.after", "petrel.commit.before", "petrel.commit.after", "none");

    @TempDir
    Path dir;

    private Server database;
    private String dbUrl;
    private BrokerProcess broker;
    private int brokerPort;

    @BeforeEach
    void start() throws Exception {
        int dbPort;
        try (ServerSocket free = new ServerSocket(0)) {
            dbPort = free.getLocalPort();
        }
        database = new Server();
        database.setAddress("127.0.0.1");
        database.setPort(dbPort);
        database.setDatabaseName(0, "crash");
        database.setDatabasePath(0, "mem:crash");
        database.setSilent(true);
        database.setNoSystemExit(true);
        database.start();
        dbUrl = "jdbc:hsqldb:hsql://127.0.0.1:" + dbPort + "/crash";
        DurableRowResource.createSchema(dbUrl);
        broker = BrokerProcess.start(dir.resolve("broker"), 0, STEP);
        brokerPort = broker.port();
    }

    @AfterEach
    void stop() throws Exception {
        broker.close();
        database.shutdown();
    }

    @Test
    void rowAndMessageAgreeAfterEveryCrash() throws Exception {
        long seed = Long.getLong("petrel.crash.seed", System.nanoTime());
        System.out.println("XaCrashRecoveryTest seed: " + seed + " (-Dpetrel.crash.seed=" + seed + " replays it)");
        Random random = new Random(seed);
        Map<String, Boolean> expectCommit = new HashMap<>();
        for (int i = 0; i < TRANSACTIONS; i++) {
            String point = POINTS.get(random.nextInt(POINTS.size()));
            boolean brokerDies = random.nextInt(3) == 0;
            String id = "tx-" + i + "-" + point + (brokerDies ? "-broker" : "-app");
            expectCommit.put(id, runOne(id, point, brokerDies));
        }
        try (AppProcess last = app("-", "none")) {
            last.await("DONE", STEP);
        }
        assertOutcomes(expectCommit);
    }

    /** Runs one transaction with its crash; returns whether it must end committed. */
    private boolean runOne(String id, String point, boolean brokerDies) throws Exception {
        try (AppProcess app = app(id, point)) {
            app.await("RECOVERED", STEP);
            if ("none".equals(point)) {
                app.await("DONE", STEP);
                return true;
            }
            app.await("POINT " + point, STEP);
            if (!brokerDies) {
                app.kill();
                return POINTS.indexOf(point) >= POINTS.indexOf("petrel.commit.before");
            }
            broker.kill();
            broker = BrokerProcess.start(dir.resolve("broker"), brokerPort, STEP);
            app.answer();
            app.await("DONE", STEP);
            app.awaitExit(STEP);
            return !"petrel.prepare.before".equals(point); // an unprepared branch dies with the broker
        }
    }

    private AppProcess app(String id, String point) throws Exception {
        return AppProcess.start(dir.resolve("narayana").toString(), "crash-app", broker.url(), dbUrl, id, point);
    }

    private void assertOutcomes(Map<String, Boolean> expectCommit) throws Exception {
        Set<String> rows = rows("SELECT id FROM orders");
        Map<String, Integer> messages = drainMessages();
        assertThat(rows("SELECT xid FROM pending")).as("database branches left in doubt").isEmpty();
        assertThat(brokerInDoubt()).as("Petrel branches left in doubt").isEqualTo(0);
        List<String> wrong = new ArrayList<>();
        expectCommit.forEach((id, committed) -> {
            int sent = messages.getOrDefault(id, 0);
            if (rows.contains(id) != committed || sent != (committed ? 1 : 0)) {
                wrong.add(id + ": row " + rows.contains(id) + ", messages " + sent + ", expected "
                        + (committed ? "committed" : "rolled back"));
            }
        });
        assertThat(wrong).as("transactions whose row and message disagree with the decision").isEmpty();
        assertThat(messages.keySet()).isSubsetOf(expectCommit.keySet());
    }

    private Set<String> rows(String query) throws Exception {
        Set<String> found = new HashSet<>();
        try (java.sql.Connection c = DurableRowResource.connect(dbUrl); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    private Map<String, Integer> drainMessages() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = new PetrelConnectionFactory(broker.url()).createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue(CrashApp.QUEUE));
            for (Message m = consumer.receive(2000); m != null; m = consumer.receive(500)) {
                counts.merge(((TextMessage) m).getText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private int brokerInDoubt() throws Exception {
        PetrelXAConnection c = new PetrelXAConnectionFactory(broker.url()).createXAConnection();
        try {
            return c.recoveryResource().recover(XAResource.TMSTARTRSCAN).length;
        } finally {
            c.close();
        }
    }
}
