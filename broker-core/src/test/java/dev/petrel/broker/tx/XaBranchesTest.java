package dev.petrel.broker.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.destination.ManualTime;
import dev.petrel.broker.destination.MessageOrigin;
import dev.petrel.broker.store.NoopMessageStore;
import dev.petrel.protocol.WireXid;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.Test;

/** The branch registry on its own: the state table, timeouts on a manual clock, lost connections. */
class XaBranchesTest {

    private final ManualTime time = new ManualTime();
    private final XaBranches branches = new XaBranches(new XaCompletion(null, new NoopMessageStore()),
            time.brokerTime(), 0);
    private final WireXid xid = new WireXid(1, new byte[] {1}, new byte[] {2});

    private BranchWork work() {
        return new BranchWork("c1", new LocalTransaction(), new MessageOrigin("c1", null));
    }

    @Test
    void stateTableAllowsOnlyTheXaMoves() {
        assertThat(XaBranchState.IDLE.mayBecome(XaBranchState.PREPARED)).isTrue();
        assertThat(XaBranchState.ACTIVE.mayBecome(XaBranchState.PREPARED)).isFalse();
        assertThat(XaBranchState.PREPARED.mayBecome(XaBranchState.ACTIVE)).isFalse();
        assertThat(XaBranchState.ROLLBACK_ONLY.mayBecome(XaBranchState.COMMITTED)).isFalse();
        for (XaBranchState end : new XaBranchState[] {XaBranchState.COMMITTED, XaBranchState.ROLLED_BACK}) {
            for (XaBranchState any : XaBranchState.values()) {
                assertThat(end.mayBecome(any)).isFalse();
            }
        }
    }

    @Test
    void aBranchNotPreparedWithinItsTimeoutIsRolledBack() {
        branches.start(xid, "c1/1", XAResource.TMNOFLAGS, 30, this::work);
        time.advance(Duration.ofSeconds(29));
        branches.end(xid, "c1/1", XAResource.TMSUCCESS);
        time.advance(Duration.ofSeconds(2));

        assertThatThrownBy(() -> branches.prepare(xid).join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(XaFailure.class,
                        f -> assertThat(f.xaCode()).isEqualTo(XAException.XA_RBTIMEOUT));
        assertThat(branches.size()).isZero();
    }

    @Test
    void anActiveBranchThatTimesOutReportsItAtEnd() {
        branches.start(xid, "c1/1", XAResource.TMNOFLAGS, 5, this::work);
        time.advance(Duration.ofSeconds(6));

        assertThatThrownBy(() -> branches.end(xid, "c1/1", XAResource.TMSUCCESS))
                .isInstanceOfSatisfying(XaFailure.class, f -> assertThat(f.xaCode()).isEqualTo(XAException.XA_RBTIMEOUT));
        assertThat(branches.rollback(xid).join()).isEqualTo(XAResource.XA_OK);
        assertThat(branches.size()).isZero();
    }

    @Test
    void aPreparedBranchNeverTimesOutAndSurvivesItsConnection() {
        branches.start(xid, "c1/1", XAResource.TMNOFLAGS, 5, this::work);
        branches.end(xid, "c1/1", XAResource.TMSUCCESS);
        assertThat(branches.prepare(xid).join()).isEqualTo(XAResource.XA_RDONLY); // did nothing: forgotten
        branches.start(xid, "c1/1", XAResource.TMNOFLAGS, 5, this::work);
        branches.end(xid, "c1/1", XAResource.TMSUCCESS);
        time.advance(Duration.ofSeconds(1));
        branches.connectionLost("c1");
        assertThat(branches.size()).isZero(); // unprepared: rolled back with its connection
    }

    @Test
    void resumeNeedsASuspendedAssociation() {
        branches.start(xid, "c1/1", XAResource.TMNOFLAGS, 0, this::work);
        assertThatThrownBy(() -> branches.start(xid, "c1/1", XAResource.TMRESUME, 0, this::work))
                .isInstanceOfSatisfying(XaFailure.class, f -> assertThat(f.xaCode()).isEqualTo(XAException.XAER_PROTO));
        branches.end(xid, "c1/1", XAResource.TMSUSPEND);
        branches.start(xid, "c1/1", XAResource.TMRESUME, 0, this::work);
        assertThatThrownBy(() -> branches.start(xid, "c1/2", 0x1234, 0, this::work))
                .isInstanceOfSatisfying(XaFailure.class, f -> assertThat(f.xaCode()).isEqualTo(XAException.XAER_INVAL));
        assertThatThrownBy(() -> branches.forget(xid))
                .isInstanceOfSatisfying(XaFailure.class, f -> assertThat(f.xaCode()).isEqualTo(XAException.XAER_PROTO));
    }
}
