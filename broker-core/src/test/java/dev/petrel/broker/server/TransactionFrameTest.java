package dev.petrel.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.protocol.Ack;
import dev.petrel.protocol.CloseConsumer;
import dev.petrel.protocol.CloseSession;
import dev.petrel.protocol.Commit;
import dev.petrel.protocol.CreateDestination;
import dev.petrel.protocol.Credit;
import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DeleteDestination;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.Recover;
import dev.petrel.protocol.Rollback;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Local transactions and RECOVER on the real broker, frame by frame. */
@Timeout(30)
class TransactionFrameTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();
    private static final AtomicInteger QUEUES = new AtomicInteger();

    private static final int TRANSACTED = 0;
    private static final int AUTO = 1;

    private final DestinationRef queue = DestinationRef.queue("tx-" + QUEUES.incrementAndGet());

    /** Session 1 transacted with producer 10, session 2 not transacted. */
    private RawConnection open() throws IOException {
        RawConnection c = RawConnection.open(BROKER.port(), null);
        c.session(1, TRANSACTED);
        c.producer(1, 10);
        c.session(2, AUTO);
        c.producer(2, 20);
        return c;
    }

    @Test
    void transactedSendsAreInvisibleUntilCommit() throws IOException {
        // Session.commit javadoc: all messages sent in the transaction are sent at commit
        try (RawConnection c = open()) {
            c.consumer(2, 30, queue, 10);
            c.send(10, queue, "m1");
            c.send(10, queue, "m2");
            assertThat(c.drain(30)).isEmpty();
            c.tell(new Credit(30, 10));
            c.ok(id -> new Commit(id, 1));
            assertThat(c.bodies(2)).containsExactly("m1", "m2");
        }
    }

    @Test
    void rollbackDiscardsTheTransactionsSends() throws IOException {
        // Session.rollback javadoc: all messages sent in the transaction are discarded
        try (RawConnection c = open()) {
            c.send(10, queue, "discarded");
            c.ok(id -> new Rollback(id, 1));
            c.send(10, queue, "kept");
            c.ok(id -> new Commit(id, 1));
            c.consumer(2, 30, queue, 10);
            assertThat(c.bodies(1)).containsExactly("kept");
            assertThat(c.drain(30)).isEmpty();
        }
    }

    @Test
    void transactedAcknowledgementsTakeEffectOnlyAtCommit() throws IOException {
        // Session.rollback javadoc: messages received in a rolled back transaction are redelivered
        try (RawConnection c = open()) {
            c.send(20, queue, "m1");
            c.consumer(1, 30, queue, 10);
            Deliver first = c.deliver();
            c.ok(id -> new Ack(id, 30, first.deliveryId(), first.deliveryId()));
            c.ok(id -> new Rollback(id, 1));
            c.ok(id -> new Recover(id, 30, first.deliveryId()));
            c.tell(new Credit(30, 10));
            Deliver again = c.deliver();
            assertThat(RawConnection.body(again)).isEqualTo("m1");
            assertThat(again.deliveryCount()).isEqualTo(2);
            c.ok(id -> new Ack(id, 30, again.deliveryId(), again.deliveryId()));
            c.ok(id -> new Commit(id, 1));
            c.ok(id -> new CloseConsumer(id, 30, again.deliveryId()));
            c.consumer(2, 31, queue, 10);
            assertThat(c.drain(31)).isEmpty();
        }
    }

    @Test
    void closingATransactedSessionRollsBack() throws IOException {
        // Session.close javadoc: closing a transacted session rolls back its transaction in progress
        try (RawConnection c = open()) {
            c.send(20, queue, "consumed-then-rolled-back");
            c.consumer(1, 30, queue, 10);
            Deliver d = c.deliver();
            c.ok(id -> new Ack(id, 30, d.deliveryId(), d.deliveryId()));
            c.send(10, queue, "never-sent");
            c.ok(id -> new CloseSession(id, 1));
            c.consumer(2, 31, queue, 10);
            Deliver back = c.deliver();
            assertThat(RawConnection.body(back)).isEqualTo("consumed-then-rolled-back");
            assertThat(back.deliveryCount()).isEqualTo(2);
            assertThat(c.drain(31)).isEmpty();
        }
    }

    @Test
    void connectionLossRollsBackItsTransactions() throws IOException {
        // Session javadoc (transactions): work not committed when the connection ends is rolled back
        try (RawConnection c = open()) {
            c.send(10, queue, "lost");
        }
        try (RawConnection other = open()) {
            other.consumer(2, 30, queue, 10);
            assertThat(other.drain(30)).isEmpty();
        }
    }

    @Test
    void aCommitThatCannotApplyIsRolledBack() throws IOException {
        // Session.commit javadoc: TransactionRolledBackException if the transaction is rolled back during commit
        DestinationRef temporary = new DestinationRef(DestinationRef.Kind.TEMPORARY_QUEUE, "tx-temp-" + queue.name());
        try (RawConnection c = open()) {
            c.ok(id -> new CreateDestination(id, temporary));
            c.send(10, temporary, "to-a-queue-that-goes");
            c.send(10, queue, "rolled-back-too");
            c.ok(id -> new DeleteDestination(id, temporary));
            c.error(id -> new Commit(id, 1), ErrorCode.TRANSACTION_ROLLED_BACK);
            c.consumer(2, 30, queue, 10);
            assertThat(c.drain(30)).isEmpty();
            c.send(10, queue, "next-transaction");
            c.ok(id -> new Commit(id, 1));
            c.tell(new Credit(30, 1));
            assertThat(c.bodies(1)).containsExactly("next-transaction");
        }
    }

    @Test
    void commitAndRollbackNeedATransactedSession() throws IOException {
        // Session.commit/rollback javadoc: IllegalStateException if the session is not transacted
        try (RawConnection c = open()) {
            assertThat(c.error(id -> new Commit(id, 2), ErrorCode.ILLEGAL_STATE).message()).contains("not transacted");
            c.error(id -> new Rollback(id, 2), ErrorCode.ILLEGAL_STATE);
        }
    }

    @Test
    void deliveriesAcknowledgedInATransactionStayConsumedWhenTheirConsumerClosesBeforeCommit() throws IOException {
        // Session.commit javadoc: commit acknowledges every message consumed in the transaction, closed consumer or not
        try (RawConnection c = open()) {
            c.send(20, queue, "m1");
            c.send(20, queue, "m2");
            c.consumer(1, 30, queue, 10);
            Deliver m1 = c.deliver();
            Deliver m2 = c.deliver();
            c.ok(id -> new Ack(id, 30, m1.deliveryId(), m1.deliveryId()));
            c.ok(id -> new CloseConsumer(id, 30, m2.deliveryId()));
            c.ok(id -> new Commit(id, 1));
            c.consumer(2, 31, queue, 10);
            Deliver back = c.deliver();
            assertThat(RawConnection.body(back)).isEqualTo("m2");
            assertThat(c.drain(31)).isEmpty();
        }
    }

    @Test
    void rollingBackAfterTheConsumerClosedReturnsItsAcknowledgedDeliveries() throws IOException {
        // Session.rollback javadoc: messages received in the transaction are redelivered
        try (RawConnection c = open()) {
            c.send(20, queue, "m1");
            c.consumer(1, 30, queue, 10);
            Deliver m1 = c.deliver();
            c.ok(id -> new Ack(id, 30, m1.deliveryId(), m1.deliveryId()));
            c.ok(id -> new CloseConsumer(id, 30, m1.deliveryId()));
            c.ok(id -> new Rollback(id, 1));
            c.consumer(2, 31, queue, 10);
            Deliver back = c.deliver();
            assertThat(RawConnection.body(back)).isEqualTo("m1");
            assertThat(back.deliveryCount()).isEqualTo(2);
        }
    }

    @Test
    void recoverReturnsDeliveriesMarkingOnlyTheSeenOnesAndStopsTheConsumer() throws IOException {
        // Session.recover javadoc and the Recover frame: redelivered from the first unacknowledged message
        try (RawConnection c = open()) {
            c.send(20, queue, "m1");
            c.send(20, queue, "m2");
            c.send(20, queue, "m3");
            c.consumer(2, 30, queue, 3);
            Deliver m1 = c.deliver();
            c.deliver();
            c.deliver();
            c.ok(id -> new Recover(id, 30, m1.deliveryId()));
            assertThat(c.drain(30)).as("credit is 0 after RECOVER").isEmpty();
            c.tell(new Credit(30, 3));
            Deliver r1 = c.deliver();
            Deliver r2 = c.deliver();
            Deliver r3 = c.deliver();
            assertThat(java.util.List.of(r1, r2, r3)).extracting(RawConnection::body).containsExactly("m1", "m2", "m3");
            assertThat(java.util.List.of(r1, r2, r3)).extracting(Deliver::deliveryCount).containsExactly(2, 1, 1);
            assertThat(r1.deliveryId()).isEqualTo(4);
        }
    }
}
