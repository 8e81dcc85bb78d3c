package dev.petrel.broker.store;

import static dev.petrel.broker.store.StoreTestData.declare;
import static dev.petrel.broker.store.StoreTestData.message;
import static dev.petrel.broker.store.StoreTestData.publish;
import static dev.petrel.broker.store.StoreTestData.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.store.StoreOp.AddMessage;
import dev.petrel.broker.store.StoreOp.AddQueue;
import dev.petrel.broker.store.StoreOp.AddReference;
import dev.petrel.broker.store.StoreOp.AddSubscription;
import dev.petrel.broker.store.StoreOp.CommitTx;
import dev.petrel.broker.store.StoreOp.MarkDispatched;
import dev.petrel.broker.store.StoreOp.PrepareTx;
import dev.petrel.broker.store.StoreOp.RemoveQueue;
import dev.petrel.broker.store.StoreOp.RemoveReference;
import dev.petrel.broker.store.StoreOp.RollbackTx;
import dev.petrel.broker.store.StoreOp.UpdateDeliveryCount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every database the store runs on must do. Implemented by one test class per database, which supplies
 * the {@link StoreFixture}; the tests are JUnit test-interface defaults, not a base class.
 */
@Timeout(60)
interface MessageStoreContract {

    String QUEUE = "queue:orders";
    List<String> SUBSCRIPTIONS = List.of("sub:c1:a", "sub:c1:b", "sub:c2:c");

    StoreFixture fixture();

    static void commit(MessageStore store, List<StoreOp> ops) {
        store.submit(ops).orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Test
    default void recoversQueuesSubscriptionsMessagesCountsAndMarksAfterRestart() {
        MessageStore store = fixture().open();
        StoredSubscription spec = new StoredSubscription("topic:prices", "c1", "a", "price > 10", true);
        commit(store, List.of(new AddQueue(QUEUE), new AddSubscription("sub:c1:a", spec)));
        for (long id = 1; id <= 5; id++) {
            commit(store, send(id, QUEUE, 100));
        }
        commit(store, List.of(new UpdateDeliveryCount(2, QUEUE, 3), new MarkDispatched(QUEUE, 3)));

        store = fixture().reopen();
        RecoveredState state = store.recover();
        assertThat(state.queues()).containsExactly(new StoredQueue(QUEUE, null, 3, 5),
                new StoredQueue("sub:c1:a", spec, 0, 0));
        List<StoredReference> refs = store.readReferences(QUEUE, 0, 100);
        assertThat(refs).extracting(StoredReference::storeId).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(refs).extracting(StoredReference::possiblyDelivered).containsExactly(true, true, true, false,
                false);
        assertThat(refs).extracting(StoredReference::recoveredDeliveryCount).containsExactly(1, 3, 1, 0, 0);
        assertThat(refs.get(3).priority()).isEqualTo(4);
        assertThat(store.loadMessages(QUEUE, List.of(5L, 1L))).containsExactly(message(5, QUEUE, 100),
                message(1, QUEUE, 100));
        assertThat(store.nextStoreId()).isEqualTo(6);
    }

    @Test
    default void topicMessageIsStoredOnceAndDeletedWithItsLastReference() throws Exception {
        MessageStore store = fixture().open();
        commit(store, declare(SUBSCRIPTIONS));
        commit(store, publish(7, "topic:prices", SUBSCRIPTIONS));
        assertThat(fixture().countRows("petrel_message")).isEqualTo(1);
        assertThat(fixture().countRows("petrel_reference")).isEqualTo(3);

        commit(store, List.of(new RemoveReference(7, SUBSCRIPTIONS.get(0)), new RemoveReference(7, SUBSCRIPTIONS.get(1))));
        assertThat(store.loadMessages(SUBSCRIPTIONS.get(2), List.of(7L))).hasSize(1);
        commit(store, List.of(new RemoveReference(7, SUBSCRIPTIONS.get(2))));
        assertThat(store.loadMessages(SUBSCRIPTIONS.get(2), List.of(7L))).isEmpty();
        assertThat(fixture().countRows("petrel_message")).isZero();
    }

    @Test
    default void aQueueMessageIsOneRowAndRecoversWithItsBody() throws Exception {
        MessageStore store = fixture().open();
        commit(store, declare(List.of(QUEUE)));
        commit(store, send(1, QUEUE, 1024));
        store = fixture().reopen();
        assertThat(store.recover().messageCount()).isEqualTo(1);
        assertThat(store.loadMessages(QUEUE, List.of(1L))).containsExactly(message(1, QUEUE, 1024));
        assertThat(store.nextStoreId()).isEqualTo(2);
        fixture().closeStore();
        assertThat(fixture().countRows("petrel_reference")).isEqualTo(1);
        assertThat(fixture().countRows("petrel_message")).isZero();
    }

    /** Issue #4: "messages of topics with several durable subscribers are stored once". */
    @Test
    default void aMessageWithTwoReferencesIsStoredOnceUntilBothAreGone() throws Exception {
        List<String> two = SUBSCRIPTIONS.subList(0, 2);
        MessageStore store = fixture().open();
        commit(store, declare(two));
        commit(store, publish(7, "topic:prices", two));
        assertThat(fixture().countRows("petrel_message")).isEqualTo(1);
        assertThat(fixture().countRows("petrel_reference")).isEqualTo(2);

        commit(store, List.of(new RemoveReference(7, two.get(0))));
        store = fixture().reopen();
        assertThat(store.readReferences(two.get(0), 0, 10)).isEmpty();
        assertThat(store.loadMessages(two.get(1), List.of(7L))).containsExactly(message(7, "topic:prices", 16));
        commit(store, List.of(new RemoveReference(7, two.get(1))));
        assertThat(fixture().countRows("petrel_message")).isZero();
        assertThat(fixture().countRows("petrel_reference")).isZero();
    }

    @Test
    default void messageAddedAndAcknowledgedInOneBatchLeavesNothing() throws Exception {
        MessageStore store = fixture().open();
        commit(store, declare(List.of(QUEUE)));
        List<StoreOp> ops = new ArrayList<>(send(1, QUEUE, 10));
        ops.add(new RemoveReference(1, QUEUE));
        commit(store, ops);
        List<StoreOp> shared = new ArrayList<>(publish(2, QUEUE, List.of(QUEUE, "queue:other")));
        shared.add(0, new StoreOp.AddQueue("queue:other"));
        shared.addAll(List.of(new RemoveReference(2, QUEUE), new RemoveReference(2, "queue:other")));
        commit(store, shared);
        assertThat(fixture().countRows("petrel_message")).isZero();
        assertThat(fixture().countRows("petrel_reference")).isZero();
    }

    @Test
    default void removingASubscriptionDeletesOnlyTheMessagesNoOtherOneHolds() throws Exception {
        MessageStore store = fixture().open();
        commit(store, declare(SUBSCRIPTIONS));
        commit(store, publish(1, "topic:t", SUBSCRIPTIONS));
        commit(store, publish(2, "topic:t", List.of(SUBSCRIPTIONS.get(0))));
        commit(store, List.of(new RemoveQueue(SUBSCRIPTIONS.get(0))));
        assertThat(store.loadMessages(SUBSCRIPTIONS.get(1), List.of(1L, 2L))).extracting(StoredMessage::storeId)
                .containsExactly(1L);
        assertThat(fixture().countRows("petrel_reference")).isEqualTo(2);
    }

    /** Issue #4: "messages of topics with several durable subscribers are stored once", and go with the last. */
    @Test
    default void removingQueuesWithInlineAndSharedRowsLeavesNoOrphans() throws Exception {
        MessageStore store = fixture().open();
        commit(store, declare(SUBSCRIPTIONS));
        commit(store, publish(1, "topic:t", SUBSCRIPTIONS.subList(0, 1)));
        commit(store, publish(2, "topic:t", SUBSCRIPTIONS.subList(0, 2)));
        commit(store, publish(3, "topic:t", SUBSCRIPTIONS));
        commit(store, publish(4, "topic:t", SUBSCRIPTIONS.subList(1, 2)));
        assertThat(fixture().countRows("petrel_message")).isEqualTo(2);

        commit(store, List.of(new RemoveQueue(SUBSCRIPTIONS.get(0))));
        assertThat(fixture().countRows("petrel_message")).isEqualTo(2);
        assertThat(fixture().countRows("petrel_reference")).isEqualTo(4);
        assertThat(store.loadMessages(SUBSCRIPTIONS.get(1), List.of(1L, 2L, 3L, 4L)))
                .extracting(StoredMessage::storeId).containsExactly(2L, 3L, 4L);
        commit(store, List.of(new RemoveQueue(SUBSCRIPTIONS.get(1))));
        assertThat(fixture().countRows("petrel_message")).isEqualTo(1);
        commit(store, List.of(new RemoveQueue(SUBSCRIPTIONS.get(2))));
        assertThat(fixture().countRows("petrel_message")).isZero();
        assertThat(fixture().countRows("petrel_reference")).isZero();
        assertThat(fixture().countRows("petrel_queue")).isZero();
    }

    /** The branch's message has one reference: it is stored inline when the branch commits. */
    @Test
    default void preparedTransactionSurvivesRestartAndCommitsThere() throws Exception {
        MessageStore store = fixture().open();
        commit(store, declare(List.of(QUEUE)));
        commit(store, send(1, QUEUE, 10));
        TxId tx = new TxId(new byte[] {1, 2, 3});
        List<StoreOp> branch = List.of(new AddMessage(message(2, QUEUE, 10)), new AddReference(2, QUEUE),
                new RemoveReference(1, QUEUE));
        commit(store, List.of(new PrepareTx(tx, branch)));
        assertThat(store.readReferences(QUEUE, 0, 10)).extracting(StoredReference::storeId).containsExactly(1L);

        store = fixture().reopen();
        assertThat(store.recover().preparedTransactions()).containsExactly(new PrepareTx(tx, branch));
        assertThat(store.nextStoreId()).isEqualTo(3);
        commit(store, List.of(new CommitTx(tx)));
        assertThat(store.readReferences(QUEUE, 0, 10)).extracting(StoredReference::storeId).containsExactly(2L);
        assertThat(store.loadMessages(QUEUE, List.of(1L, 2L))).containsExactly(message(2, QUEUE, 10));
        assertThat(store.recover().preparedTransactions()).isEmpty();
        assertThat(fixture().countRows("petrel_message")).isZero();
        assertThat(fixture().countRows("petrel_reference")).isEqualTo(1);
    }

    @Test
    default void rolledBackTransactionLeavesNoTrace() throws Exception {
        MessageStore store = fixture().open();
        TxId tx = new TxId(new byte[] {9});
        commit(store, List.of(new PrepareTx(tx, send(1, QUEUE, 10))));
        commit(store, List.of(new RollbackTx(tx)));
        assertThat(store.recover().preparedTransactions()).isEmpty();
        assertThat(fixture().countRows("petrel_message")).isZero();
    }

    @Test
    default void cursorPagesThroughABacklogInOrder() {
        MessageStore store = fixture().open();
        commit(store, declare(List.of(QUEUE)));
        List<StoreOp> ops = new ArrayList<>();
        LongStream.rangeClosed(1, 250).forEach(id -> ops.addAll(send(id, QUEUE, 8)));
        commit(store, ops);
        List<Long> seen = new ArrayList<>();
        store.references(QUEUE, 100).forEachRemaining(r -> seen.add(r.storeId()));
        assertThat(seen).isEqualTo(LongStream.rangeClosed(1, 250).boxed().toList());
        assertThat(store.readReferences(QUEUE, 248, 100)).extracting(StoredReference::storeId)
                .containsExactly(249L, 250L);
    }

    @Test
    default void concurrentSubmittersShareCommits() {
        JdbcMessageStore store = fixture().open();
        commit(store, declare(List.of(QUEUE)));
        int threads = 4;
        int perThread = 100;
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        List<Thread> submitters = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            submitters.add(new Thread(() -> {
                List<CompletableFuture<Void>> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(store.submit(send(store.nextStoreId(), QUEUE, 1024)));
                }
                synchronized (futures) {
                    futures.addAll(mine);
                }
            }));
        }
        submitters.forEach(Thread::start);
        submitters.forEach(StoreFixtureThreads::joinUninterruptibly);
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(futures).hasSize(threads * perThread).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(store.commitCount()).isLessThan(threads * perThread);
        assertThat(store.recover().messageCount()).isEqualTo(threads * perThread);
    }

    @Test
    default void aLazyListRidesWithTheNextAwaitedOne() {
        // a wait far longer than the test needs, so the awaited list surely comes within it
        JdbcMessageStore store = fixture().open(options -> options.withLazyWait(Duration.ofSeconds(20)));
        commit(store, declare(List.of(QUEUE)));
        commit(store, send(1, QUEUE, 10));
        long commitsBefore = store.commitCount();
        CompletableFuture<Void> acknowledged = store.submitLazily(List.of(new RemoveReference(1, QUEUE)));
        commit(store, send(2, QUEUE, 10));
        acknowledged.orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(store.commitCount()).isEqualTo(commitsBefore + 1);
        assertThat(store.readReferences(QUEUE, 0, 10)).extracting(StoredReference::storeId).containsExactly(2L);
    }

    @Test
    default void aLazyListAloneIsCommittedWithoutWaitingForCompany() {
        JdbcMessageStore store = fixture().open();
        commit(store, declare(List.of(QUEUE)));
        commit(store, send(1, QUEUE, 10));
        store.submitLazily(List.of(new RemoveReference(1, QUEUE))).orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(store.readReferences(QUEUE, 0, 10)).isEmpty();
    }

    @Test
    default void aFailingListFailsAloneAndTheWriterCarriesOn() {
        JdbcMessageStore store = fixture().open();
        commit(store, declare(List.of(QUEUE)));
        commit(store, send(1, QUEUE, 10));
        CompletableFuture<Void> before = store.submit(send(2, QUEUE, 10));
        CompletableFuture<Void> duplicate = store.submit(send(1, QUEUE, 10));
        CompletableFuture<Void> unknownTx = store.submit(List.of(new CommitTx(new TxId(new byte[] {4}))));
        CompletableFuture<Void> after = store.submit(send(3, QUEUE, 10));
        after.orTimeout(30, TimeUnit.SECONDS).join();
        before.join();
        assertThatThrownBy(duplicate::join).hasCauseInstanceOf(StoreException.class);
        assertThatThrownBy(unknownTx::join).hasMessageContaining("no such prepared transaction");
        assertThat(store.failureCount()).isEqualTo(2);
        assertThat(store.readReferences(QUEUE, 0, 10)).extracting(StoredReference::storeId)
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    default void aReferenceToAnUndeclaredQueueOrUnstoredMessageIsRefused() {
        MessageStore store = fixture().open();
        assertThatThrownBy(() -> commit(store, send(1, "queue:undeclared", 10))).hasCauseInstanceOf(StoreException.class);
        commit(store, declare(List.of(QUEUE)));
        assertThatThrownBy(() -> commit(store, List.of(new AddReference(2, QUEUE))))
                .hasCauseInstanceOf(StoreException.class);
        assertThat(store.recover().messageCount()).isZero();
    }

    @Test
    default void aStoreIdAddedTwiceInOneListIsRefused() {
        MessageStore store = fixture().open();
        commit(store, declare(List.of(QUEUE)));
        List<StoreOp> twice = List.of(new AddMessage(message(1, QUEUE, 10)), new AddMessage(message(1, QUEUE, 10)),
                new AddReference(1, QUEUE));
        assertThatThrownBy(() -> commit(store, twice)).hasMessageContaining("store id 1 is added twice");
        assertThat(store.recover().messageCount()).isZero();
    }

    @Test
    default void declaringTwiceAndLoweringTheMarkChangeNothing() {
        MessageStore store = fixture().open();
        commit(store, List.of(new AddQueue(QUEUE), new MarkDispatched(QUEUE, 10)));
        commit(store, List.of(new AddQueue(QUEUE), new MarkDispatched(QUEUE, 4), new RemoveReference(99, QUEUE)));
        assertThat(store.recover().queues()).containsExactly(new StoredQueue(QUEUE, null, 10, 0));
    }

    @Test
    default void storeIdsContinueAboveDispatchMarksOfAcknowledgedMessages() {
        MessageStore store = fixture().open();
        commit(store, List.of(new AddQueue(QUEUE)));
        commit(store, send(41, QUEUE, 10));
        commit(store, List.of(new MarkDispatched(QUEUE, 41), new RemoveReference(41, QUEUE)));
        // Reusing 41 would flag a new message as redelivered after the next crash.
        assertThat(fixture().reopen().nextStoreId()).isEqualTo(42);
    }

    @Test
    default void closedStoreRefusesWork() {
        MessageStore store = fixture().open();
        fixture().closeStore();
        assertThatThrownBy(() -> store.submit(send(1, QUEUE, 10)).join()).hasMessageContaining("closed");
    }

    /**
     * A store of schema version 1 (every message a petrel_message row) opens as version 2: its rows read as
     * shared ones, the new messages go inline, and a message several subscriptions hold still goes with the last
     * of them (issue #4: "messages of topics with several durable subscribers are stored once").
     */
    @Test
    default void aVersion1StoreIsMigratedKeepsItsMessagesAndTakesNewOnes() throws Exception {
        StoreSchemaVersion1.create(fixture());
        List<String> subscriptions = SUBSCRIPTIONS.subList(0, 2);
        for (String key : List.of(QUEUE, subscriptions.get(0), subscriptions.get(1))) {
            StoreSchemaVersion1.addQueue(fixture(), key);
        }
        StoreSchemaVersion1.addMessage(fixture(), message(1, QUEUE, 100), List.of(QUEUE));
        StoreSchemaVersion1.addMessage(fixture(), message(3, "topic:t", 100), subscriptions);

        JdbcMessageStore store = fixture().open();
        assertThat(fixture().queryLong("SELECT MAX(version) FROM petrel_schema")).isEqualTo(StoreSchema.VERSION);
        assertThat(store.recover().messageCount()).isEqualTo(3);
        assertThat(store.loadMessages(QUEUE, List.of(1L))).containsExactly(message(1, QUEUE, 100));
        assertThat(store.nextStoreId()).isEqualTo(4);
        commit(store, send(4, QUEUE, 100));
        commit(store, List.of(new RemoveReference(1, QUEUE), new RemoveReference(3, subscriptions.get(0))));

        store = fixture().reopen();
        assertThat(store.readReferences(QUEUE, 0, 10)).extracting(StoredReference::storeId).containsExactly(4L);
        assertThat(store.loadMessages(QUEUE, List.of(4L))).containsExactly(message(4, QUEUE, 100));
        assertThat(store.loadMessages(subscriptions.get(1), List.of(3L))).containsExactly(message(3, "topic:t", 100));
        commit(store, List.of(new RemoveReference(3, subscriptions.get(1))));
        assertThat(fixture().countRows("petrel_message")).isZero();
        assertThat(fixture().countRows("petrel_reference")).isEqualTo(1);
    }

    @Test
    default void unknownSchemaVersionIsRefusedWithTheFix() throws Exception {
        fixture().open();
        fixture().closeStore();
        fixture().execute("UPDATE petrel_schema SET version = 99");
        assertThatThrownBy(() -> fixture().open()).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("new data directory");
    }
}
