package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelXAConnection;
import dev.petrel.jms.PetrelXAConnectionFactory;
import dev.petrel.jms.PetrelXAResource;
import dev.petrel.jms.PetrelXASession;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.TransactionInProgressException;
import java.util.UUID;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** XA sessions and their XAResource against the real broker: two-phase, one-phase, read-only, join, suspend. */
@Timeout(60)
class XaEndToEndTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    private PetrelXAConnection xaConnection;
    private Connection plain;
    private Session plainSession;
    private Queue queue;

    @BeforeEach
    void connect() throws JMSException {
        xaConnection = new PetrelXAConnectionFactory(BROKER.url()).createXAConnection();
        xaConnection.start();
        plain = new PetrelConnectionFactory(BROKER.url()).createConnection();
        plain.start();
        plainSession = plain.createSession(false, Session.AUTO_ACKNOWLEDGE);
        queue = plainSession.createQueue("xa." + UUID.randomUUID());
    }

    @AfterEach
    void close() throws JMSException {
        xaConnection.close();
        plain.close();
    }

    private String receiveText(long timeoutMs) throws JMSException {
        try (MessageConsumer consumer = plainSession.createConsumer(queue)) {
            Message m = consumer.receive(timeoutMs);
            return m == null ? null : ((TextMessage) m).getText();
        }
    }

    private void send(PetrelXASession session, String text) throws JMSException {
        session.createProducer(queue).send(session.createTextMessage(text));
    }

    @Test
    void twoPhaseCommitShowsTheSendOnlyAtCommit() throws Exception {
        PetrelXASession session = xaConnection.createXASession();
        XAResource xa = session.getXAResource();
        TestXid xid = new TestXid("2pc");
        xa.start(xid, XAResource.TMNOFLAGS);
        send(session, "in branch");
        xa.end(xid, XAResource.TMSUCCESS);
        assertThat(xa.prepare(xid)).isEqualTo(XAResource.XA_OK);
        assertThat(receiveText(200)).isNull();
        assertThat(xa.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN)).anyMatch(x -> xid.in(new javax.transaction.xa.Xid[] {x}));

        xa.commit(xid, false);

        assertThat(receiveText(5000)).isEqualTo("in branch");
        assertThat(xid.in(xa.recover(XAResource.TMSTARTRSCAN))).isFalse();
    }

    @Test
    void onePhaseCommitSkipsPrepare() throws Exception {
        PetrelXASession session = xaConnection.createXASession();
        XAResource xa = session.getXAResource();
        TestXid xid = new TestXid("1pc");
        xa.start(xid, XAResource.TMNOFLAGS);
        send(session, "one phase");
        xa.end(xid, XAResource.TMSUCCESS);
        assertThat(receiveText(200)).isNull();

        xa.commit(xid, true);

        assertThat(receiveText(5000)).isEqualTo("one phase");
        assertXaError(() -> xa.commit(xid, true), XAException.XAER_NOTA);
    }

    @Test
    void aBranchThatDidNothingPreparesReadOnlyAndIsForgotten() throws Exception {
        PetrelXASession session = xaConnection.createXASession();
        XAResource xa = session.getXAResource();
        TestXid xid = new TestXid("rdonly");
        xa.start(xid, XAResource.TMNOFLAGS);
        xa.end(xid, XAResource.TMSUCCESS);

        assertThat(xa.prepare(xid)).isEqualTo(XAResource.XA_RDONLY);
        assertXaError(() -> xa.commit(xid, false), XAException.XAER_NOTA);
    }

    @Test
    void rollbackForgetsSendsAndRedeliversWhatTheBranchConsumed() throws Exception {
        plainSession.createProducer(queue).send(plainSession.createTextMessage("consume me"));
        PetrelXASession session = xaConnection.createXASession();
        XAResource xa = session.getXAResource();
        MessageConsumer consumer = session.createConsumer(queue);
        TestXid xid = new TestXid("rb");
        xa.start(xid, XAResource.TMNOFLAGS);
        assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("consume me");
        send(session, "never seen");
        xa.end(xid, XAResource.TMSUCCESS);
        assertThat(xa.prepare(xid)).isEqualTo(XAResource.XA_OK);

        xa.rollback(xid);

        Message again = consumer.receive(5000);
        assertThat(((TextMessage) again).getText()).isEqualTo("consume me");
        assertThat(again.getJMSRedelivered()).isTrue();
        consumer.close();
        assertThat(receiveText(300)).isNull();
    }

    @Test
    void aSecondSessionJoinsTheBranchAndBothCommitTogether() throws Exception {
        PetrelXASession first = xaConnection.createXASession();
        PetrelXASession second = new PetrelXAConnectionFactory(BROKER.url()).createXAConnection().createXASession();
        assertThat(first.getXAResource().isSameRM(second.getXAResource())).isTrue();
        TestXid xid = new TestXid("join");
        first.getXAResource().start(xid, XAResource.TMNOFLAGS);
        second.getXAResource().start(xid, XAResource.TMJOIN);
        send(first, "a");
        send(second, "b");
        first.getXAResource().end(xid, XAResource.TMSUCCESS);
        assertXaError(() -> first.getXAResource().prepare(xid), XAException.XAER_PROTO); // second still active
        second.getXAResource().end(xid, XAResource.TMSUCCESS);

        assertThat(first.getXAResource().prepare(xid)).isEqualTo(XAResource.XA_OK);
        second.getXAResource().commit(xid, false);

        assertThat(java.util.Set.of(receiveText(5000), receiveText(5000))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void workWhileSuspendedIsOutsideTheBranch() throws Exception {
        PetrelXASession session = xaConnection.createXASession();
        XAResource xa = session.getXAResource();
        TestXid xid = new TestXid("suspend");
        xa.start(xid, XAResource.TMNOFLAGS);
        send(session, "first, in branch");
        xa.end(xid, XAResource.TMSUSPEND);
        assertXaError(() -> xa.prepare(xid), XAException.XAER_PROTO);
        send(session, "outside");
        assertThat(receiveText(5000)).isEqualTo("outside");
        xa.start(xid, XAResource.TMRESUME);
        send(session, "second, in branch");
        xa.end(xid, XAResource.TMSUCCESS);
        assertThat(receiveText(200)).isNull();

        xa.commit(xid, true);

        assertThat(receiveText(5000)).isEqualTo("first, in branch");
        assertThat(receiveText(5000)).isEqualTo("second, in branch");
    }

    @Test
    void misuseGetsTheRightXaCodes() throws Exception {
        PetrelXASession session = xaConnection.createXASession();
        XAResource xa = session.getXAResource();
        TestXid xid = new TestXid("errors");
        xa.start(xid, XAResource.TMNOFLAGS);
        assertXaError(() -> xaConnection.createXASession().getXAResource().start(xid, XAResource.TMNOFLAGS),
                XAException.XAER_DUPID);
        assertXaError(() -> xa.end(xid, XAResource.TMJOIN), XAException.XAER_INVAL);
        assertXaError(() -> xa.commit(xid, true), XAException.XAER_PROTO);
        assertXaError(() -> xa.commit(new TestXid("unknown"), false), XAException.XAER_NOTA);
        assertXaError(() -> xa.setTransactionTimeout(-1), XAException.XAER_INVAL);
        xa.end(xid, XAResource.TMFAIL);
        assertXaError(() -> xa.prepare(xid), XAException.XA_RBROLLBACK);
        assertXaError(() -> xa.start(null, XAResource.TMNOFLAGS), XAException.XAER_INVAL);
    }

    @Test
    void anXaSessionIsTransactedButRefusesLocalCommit() throws Exception {
        PetrelXASession session = xaConnection.createXASession();

        assertThat(session.getTransacted()).isTrue();
        assertThat(session.getAcknowledgeMode()).isEqualTo(Session.SESSION_TRANSACTED);
        assertThatThrownBy(session::commit).isInstanceOf(TransactionInProgressException.class);
        assertThatThrownBy(session::rollback).isInstanceOf(TransactionInProgressException.class);
        send(session, "outside any transaction");
        assertThat(receiveText(5000)).isEqualTo("outside any transaction");
    }

    @Test
    void aRecoveryResourceCommitsABranchPreparedOnAnotherConnection() throws Exception {
        PetrelXAConnection worker = new PetrelXAConnectionFactory(BROKER.url()).createXAConnection();
        PetrelXASession session = worker.createXASession();
        TestXid xid = new TestXid("recovered");
        session.getXAResource().start(xid, XAResource.TMNOFLAGS);
        send(session, "prepared elsewhere");
        session.getXAResource().end(xid, XAResource.TMSUCCESS);
        session.getXAResource().prepare(xid);
        worker.close(); // a prepared branch outlives its connection

        PetrelXAResource recovery = xaConnection.recoveryResource();
        assertThat(xid.in(recovery.recover(XAResource.TMSTARTRSCAN))).isTrue();
        recovery.commit(xid, false);

        assertThat(receiveText(5000)).isEqualTo("prepared elsewhere");
    }

    @Test
    void anUnpreparedBranchRollsBackWhenItsConnectionEnds() throws Exception {
        PetrelXAConnection worker = new PetrelXAConnectionFactory(BROKER.url()).createXAConnection();
        PetrelXASession session = worker.createXASession();
        TestXid xid = new TestXid("lost");
        session.getXAResource().start(xid, XAResource.TMNOFLAGS);
        send(session, "lost with its connection");
        session.getXAResource().end(xid, XAResource.TMSUCCESS);
        worker.close();

        assertXaError(() -> xaConnection.recoveryResource().commit(xid, true), XAException.XAER_NOTA);
        assertThat(receiveText(300)).isNull();
    }

    @FunctionalInterface
    private interface XaCall {
        void run() throws Exception;
    }

    private static void assertXaError(XaCall call, int code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(XAException.class,
                e -> assertThat(e.errorCode).as(e.getMessage()).isEqualTo(code));
    }
}
