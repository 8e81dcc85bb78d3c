package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.ManagementConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operator commands against a real broker with remote JMX on a free loopback port. */
class ManagementCommandsTest {

    private static final int JMX_PORT = freePort();
    private static final String URL = ManagementConfig.loopback(JMX_PORT).url();

    @RegisterExtension
    static final BrokerExtension BROKER =
            new BrokerExtension(c -> c.withManagement(ManagementConfig.loopback(JMX_PORT)));

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CliRun cli(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--jmx-url";
        all[args.length + 1] = URL;
        return CliRun.of(all);
    }

    private static void send(String queue, int count, String region) throws JMSException {
        try (Connection c = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer p = s.createProducer(s.createQueue(queue));
            for (int i = 0; i < count; i++) {
                Message m = s.createTextMessage(region + " order " + i);
                m.setStringProperty("region", region);
                p.send(m);
            }
        }
    }

    private static long depth(String queue) {
        CliRun stat = cli("queue", "stat", queue);
        assertThat(stat.exitCode()).as(stat.err()).isZero();
        String line = stat.out().lines().filter(l -> l.strip().startsWith("Depth")).findFirst().orElseThrow();
        return Long.parseLong(line.strip().split("\\s+")[1]);
    }

    @Test
    void moveWithSelectorMovesExactlyTheMatchingMessages() throws JMSException {
        send("cli.move", 3, "EU");
        send("cli.move", 4, "US");

        CliRun move = cli("queue", "move", "cli.move", "cli.move.eu", "--selector", "region = 'EU'");

        assertThat(move.exitCode()).as(move.err()).isZero();
        assertThat(move.out()).contains("moved 3 messages");
        assertThat(depth("cli.move")).isEqualTo(4);
        assertThat(depth("cli.move.eu")).isEqualTo(3);
        CliRun browse = cli("browse", "cli.move.eu", "--count", "2");
        assertThat(browse.out()).contains("region=EU", "EU order 0", "2 message(s) shown");
        assertThat(browse.out()).doesNotContain("US order");
    }

    @Test
    void purgeEmptiesTheQueueAndListShowsIt() throws JMSException {
        send("cli.purge", 5, "EU");
        assertThat(cli("queue", "list").out()).containsPattern("cli\\.purge\\s+5\\s");

        CliRun purge = cli("queue", "purge", "cli.purge");

        assertThat(purge.exitCode()).as(purge.err()).isZero();
        assertThat(purge.out()).contains("purged 5 messages");
        assertThat(depth("cli.purge")).isZero();
    }

    @Test
    void dlqRetrySendsDeadLettersBackToTheirOrigin() throws JMSException {
        try (Connection c = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message m = s.createTextMessage("poison");
            m.setStringProperty("PETREL_ORIGINAL_DESTINATION", "queue://cli.origin");
            m.setStringProperty("PETREL_DLQ_REASON", "max deliveries 10 reached");
            s.createProducer(s.createQueue("DLQ.cli.origin")).send(m);
        }

        CliRun retry = cli("dlq", "retry", "DLQ.cli.origin");

        assertThat(retry.exitCode()).as(retry.err()).isZero();
        assertThat(retry.out()).contains("retried 1 messages");
        try (Connection c = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            c.start();
            MessageConsumer consumer = c.createSession(false, Session.AUTO_ACKNOWLEDGE)
                    .createConsumer(c.createSession(false, Session.AUTO_ACKNOWLEDGE).createQueue("cli.origin"));
            Message back = consumer.receive(5000);
            assertThat(back).isNotNull();
            assertThat(back.propertyExists("PETREL_DLQ_REASON")).isFalse();
        }
        assertThat(depth("DLQ.cli.origin")).isZero();
    }

    @Test
    void unknownQueueFailsNamingIt() {
        CliRun stat = cli("queue", "stat", "no.such.queue");

        assertThat(stat.exitCode()).isEqualTo(1);
        assertThat(stat.err()).contains("queue 'no.such.queue' does not exist");
    }

    @Test
    void unreachableBrokerFailsWithTheUrlAndTheHint() {
        String nowhere = ManagementConfig.loopback(freePort()).url();

        CliRun list = CliRun.of("queue", "list", "--jmx-url", nowhere);

        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.err()).contains(nowhere, "<management remote=\"true\"");
    }

    @Test
    void topicAndSubscriptionCommands() throws JMSException {
        try (Connection c = new PetrelConnectionFactory(BROKER.url("jms.clientID=cli-sub")).createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            s.createDurableSubscriber(s.createTopic("cli.prices"), "audit").close();
            s.createProducer(s.createTopic("cli.prices")).send(s.createTextMessage("42"));
        }
        assertThat(cli("topic", "list").out()).contains("cli.prices");
        assertThat(cli("subscription", "list").out()).containsPattern("cli-sub:audit\\s+cli\\.prices\\s+1\\s");

        CliRun remove = cli("subscription", "remove", "cli-sub:audit");

        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(cli("subscription", "list").out()).doesNotContain("cli-sub:audit");
    }

    @Test
    void connectionListShowsAClientAndCloseEndsIt() throws Exception {
        try (Connection c = new PetrelConnectionFactory(BROKER.url("jms.clientID=cli-conn")).createConnection()) {
            CompletableFuture<JMSException> heard = new CompletableFuture<>();
            c.setExceptionListener(heard::complete);
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            s.createConsumer(s.createQueue("cli.conn"));
            CliRun list = cli("connection", "list");
            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.out()).contains("REMOTE ADDRESS", "CLIENT ID", "SINCE");
            String row = list.out().lines().filter(l -> l.contains("cli-conn")).findFirst().orElseThrow();
            assertThat(row).containsPattern("cli-conn\\s+anonymous\\s+1\\s+1\\s+0\\s");

            CliRun close = cli("connection", "close", row.split("\\s+")[0]);

            assertThat(close.exitCode()).as(close.err()).isZero();
            assertThat(heard.get(10, TimeUnit.SECONDS)).hasMessageContaining("closed by an administrator");
            assertThat(cli("connection", "list").out()).doesNotContain("cli-conn");
        }
    }

    @Test
    void closingAnUnknownConnectionFailsNamingIt() {
        CliRun close = cli("connection", "close", "no-such-connection");

        assertThat(close.exitCode()).isEqualTo(1);
        assertThat(close.err()).contains("connection 'no-such-connection' does not exist");
    }
}
