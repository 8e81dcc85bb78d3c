package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.petrel.broker.Broker;
import dev.petrel.broker.BrokerExtension;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelXAConnection;
import dev.petrel.jms.PetrelXAConnectionFactory;
import dev.petrel.jms.PetrelXASession;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code petrel tx list|commit|rollback} against a real broker holding prepared branches. */
@Timeout(60)
class TxCommandTest {

    private record Branch(String gtrid) implements Xid {
        @Override
        public int getFormatId() {
            return 77;
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return gtrid.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] getBranchQualifier() {
            return new byte[] {1, 2};
        }
    }

    @TempDir
    Path data;
    private Broker broker;
    private String url;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() {
        broker = Broker.start(BrokerExtension.onLoopback(data));
        url = BrokerExtension.url(broker);
        log.start();
        ((Logger) LoggerFactory.getLogger("dev.petrel.broker.server.XaRequests")).addAppender(log);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger("dev.petrel.broker.server.XaRequests")).detachAppender(log);
        broker.close();
    }

    @Test
    void listsInDoubtBranchesAndCompletesThemByOperatorDecision() throws Exception {
        assertThat(CliRun.of("tx", "list", "--url", url).out()).contains("no in-doubt XA branches");
        prepareSend(new Branch("keep"), "kept");
        prepareSend(new Branch("drop"), "dropped");

        CliRun list = CliRun.of("tx", "list", "--url", url);
        String keep = TxCommand.id(new Branch("keep"));
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains(keep + "  format 77  gtrid 6b656570  bqual 0102")
                .contains(TxCommand.id(new Branch("drop")));

        assertThat(CliRun.of("tx", "commit", keep, "--url", url).out()).contains("committed " + keep);
        assertThat(CliRun.of("tx", "rollback", TxCommand.id(new Branch("drop")), "--url", url).exitCode()).isZero();

        assertThat(receive(5000)).isEqualTo("kept");
        assertThat(receive(300)).isNull();
        assertThat(CliRun.of("tx", "list", "--url", url).out()).contains("no in-doubt XA branches");
        assertThat(logged()).filteredOn(e -> e.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.contains("heuristic decision by operator: commit") && m.contains(keep))
                .anyMatch(m -> m.contains("heuristic decision by operator: rollback"));
    }

    @Test
    void reportsAnUnknownBranchAndABadId() {
        CliRun unknown = CliRun.of("tx", "commit", TxCommand.id(new Branch("nobody")), "--url", url);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("XAER_NOTA");
        assertThat(CliRun.of("tx", "rollback", "not-an-id", "--url", url).exitCode()).isEqualTo(2);
    }

    private void prepareSend(Xid xid, String text) throws Exception {
        PetrelXAConnection connection = new PetrelXAConnectionFactory(url).createXAConnection();
        try {
            PetrelXASession session = connection.createXASession();
            XAResource xa = session.getXAResource();
            xa.start(xid, XAResource.TMNOFLAGS);
            session.createProducer(session.createQueue("tx.cli")).send(session.createTextMessage(text));
            xa.end(xid, XAResource.TMSUCCESS);
            assertThat(xa.prepare(xid)).isEqualTo(XAResource.XA_OK);
        } finally {
            connection.close();
        }
    }

    private String receive(long timeoutMs) throws Exception {
        try (Connection c = new PetrelConnectionFactory(url).createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message m = s.createConsumer(s.createQueue("tx.cli")).receive(timeoutMs);
            return m == null ? null : ((TextMessage) m).getText();
        }
    }

    /** What the appender holds, copied under the lock Logback appends with (broker threads may still log). */
    private List<ILoggingEvent> logged() {
        synchronized (log) {
            return List.copyOf(log.list);
        }
    }
}
