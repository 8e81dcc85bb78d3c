package dev.petrel.itests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.store.JdbcMessageStore;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.broker.store.StoreOptions;
import dev.petrel.broker.store.StoredMessage;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone broker killed with {@code kill -9} at random points while producers and consumers of persistent
 * messages (a queue and a durable topic subscription) run, restarted on the same data and port each time. What
 * the clients were told must hold: no message whose send() returned is lost, no message whose acknowledgement
 * was confirmed comes back, and every second copy of a message an application saw says JMSRedelivered. The
 * seed is printed; rerun with {@code -Dpetrel.kill9.seed=N}.
 */
@Timeout(110)
class KillNineDurabilityTest {

    private static final Duration START = Duration.ofSeconds(30);
    private static final int KILLS = 10;

    @TempDir
    Path data;

    @Test
    void brokerAcknowledgedMessagesSurviveTenKillsWithoutSilentDuplicates() throws Exception {
        long seed = Long.getLong("petrel.kill9.seed", System.nanoTime());
        System.out.println("KillNineDurabilityTest seed: " + seed + " (rerun with -Dpetrel.kill9.seed=" + seed + ")");
        Random random = new Random(seed);
        DurabilityLedger ledger = new DurabilityLedger();
        BrokerProcess broker = BrokerProcess.start(data, 0, START);
        int port = broker.port();
        try {
            createSubscription(broker);
            for (int kill = 1; kill <= KILLS; kill++) {
                KillNineClients clients = KillNineClients.start(broker.url(), ledger, random.nextLong(), true);
                // kill after a random number of further confirmed sends: a random point in the traffic
                int target = ledger.confirmedSendCount() + 20 + random.nextInt(300);
                ledger.awaitConfirmedSends(target, 10_000);
                broker.kill();
                clients.stop();
                System.out.println("kill " + kill + ": " + ledger);
                broker = BrokerProcess.start(data, port, START);
            }
            drain(broker, ledger, random.nextLong());
        } finally {
            broker.close();
        }
        System.out.println("after the final drain: " + ledger);
        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.confirmedSendCount()).isGreaterThan(KILLS * 20);
    }

    /** The durable subscription exists before anything is published, so every published message is its. */
    private static void createSubscription(BrokerProcess broker) throws JMSException {
        try (Connection connection = new PetrelConnectionFactory(broker.url()).createConnection()) {
            connection.setClientID(KillNineClients.CLIENT_ID);
            Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            session.createDurableSubscriber(session.createTopic(KillNineClients.TOPIC), KillNineClients.SUBSCRIPTION)
                    .close();
        }
    }

    /** Consumers only, until nothing new arrives for a while. */
    private static void drain(BrokerProcess broker, DurabilityLedger ledger, long seed) throws Exception {
        KillNineClients consumers = KillNineClients.start(broker.url(), ledger, seed, false);
        int seen = -1;
        while (seen != ledger.receivedCount()) {
            seen = ledger.receivedCount();
            new CompletableFuture<Void>().completeOnTimeout(null, 3, TimeUnit.SECONDS).join();
        }
        consumers.stop();
    }

    @Test
    void aRestartedBrokerWithAHundredThousandStoredMessagesAcceptsClientsQuickly() throws Exception {
        int count = 100_000;
        long filled = fill(data.resolve("store"), count);
        BrokerProcess broker = BrokerProcess.start(data, 0, START);
        int port = broker.port();
        broker.kill();

        long restarting = System.nanoTime();
        try (BrokerProcess restarted = BrokerProcess.start(data, port, START);
                Connection connection = new PetrelConnectionFactory(restarted.url()).createConnection()) {
            long acceptedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarting);
            String recovery = restarted.output().stream().filter(line -> line.contains("recovered")).reduce("",
                    (a, b) -> a + "\n  " + b);
            System.out.printf("%d messages filled in %d ms; process restart to first connection: %d ms "
                    + "(including JVM start); broker log:%s%n", count, filled, acceptedMs, recovery);
            connection.start();
            assertThat(recovery).contains("holding " + count + " messages");
            assertThat(acceptedMs).as("restart to first client, JVM start included").isLessThan(15_000);
        }
    }

    /** Writes {@code count} persistent messages of queue kill9.backlog straight into the store; returns ms. */
    private static long fill(Path storeDir, int count) {
        long started = System.nanoTime();
        String key = "queue:kill9.backlog";
        try (JdbcMessageStore store = JdbcMessageStore.open(StoreOptions.hsqldb(storeDir))) {
            store.submit(List.of(new StoreOp.AddQueue(key))).join();
            List<CompletableFuture<Void>> inFlight = new ArrayList<>();
            for (int done = 0; done < count; done += 500) {
                List<StoreOp> ops = new ArrayList<>(1000);
                for (int i = done; i < Math.min(count, done + 500); i++) {
                    long id = store.nextStoreId();
                    ops.add(new StoreOp.AddMessage(new StoredMessage(id, "queue://kill9.backlog", 4, 0, 0,
                            message(i).encode())));
                    ops.add(new StoreOp.AddReference(id, key));
                }
                inFlight.add(store.submit(ops));
                if (inFlight.size() == 8) {
                    inFlight.remove(0).join();
                }
            }
            inFlight.forEach(CompletableFuture::join);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static WireMessage message(int n) {
        return new WireMessage("ID:fill-" + n, DestinationRef.queue("kill9.backlog"), true, 4, 0, 0, 0, null, null,
                null, null, new byte[0], WireMessage.BodyKind.TEXT, ("backlog " + n).getBytes(StandardCharsets.UTF_8));
    }
}
