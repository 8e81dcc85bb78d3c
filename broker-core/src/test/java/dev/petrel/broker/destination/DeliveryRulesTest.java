package dev.petrel.broker.destination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.config.DeliveryPolicy;
import dev.petrel.broker.config.DestinationPattern;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rules of a policy on their own: redelivery delays, dead letters, expiry, duplicates, groups. */
class DeliveryRulesTest {

    private static final Executor SAME_THREAD = Runnable::run;
    private final ManualTime time = new ManualTime();
    private final DestinationRegistry registry = new DestinationRegistry(SAME_THREAD, time.brokerTime(), true, true);
    private final DeadLetters deadLetters = new DeadLetters(registry::create);
    private final AtomicInteger moved = new AtomicInteger();

    static DeliveryPolicy policy(int maxDeliveries, long delayMillis, boolean nonPersistent, String expiryQueue) {
        return new DeliveryPolicy(new DestinationPattern(">"), DeliveryPolicy.Scope.BOTH, maxDeliveries,
                Duration.ofMillis(delayMillis), 2.0, Duration.ofSeconds(1), "DLQ.{name}", nonPersistent,
                expiryQueue, false, 2000, 1 << 20);
    }

    private static WireMessage message(boolean persistent, Map<String, ?> properties) {
        return new WireMessage("ID:m1", DestinationRef.queue("orders"), persistent, 4, 0, 5000, 0, null, null, null,
                null, TypedValues.encodeMap(properties), WireMessage.BodyKind.TEXT, new byte[] {'x'});
    }

    private RecordingTarget consumerOn(String queue) {
        RecordingTarget target = new RecordingTarget("reader");
        registry.create(DestinationRef.queue(queue)).addConsumer(target.spec(1, 100));
        return target;
    }

    private Map<String, Object> properties(RecordingTarget target) {
        return TypedValues.decodeMap(target.delivered.get(0).message().properties());
    }

    @Test
    void redeliveryDelayGrowsWithEachDeliveryUntilTheMaximum() {
        DeliveryRules rules = new DeliveryRules(policy(10, 300, false, "drop"), DestinationRef.queue("orders"), null,
                deadLetters);
        assertThat(rules.onReturned(message(true, Map.of()), 1, moved::incrementAndGet)).isEqualTo(300);
        assertThat(rules.onReturned(message(true, Map.of()), 2, moved::incrementAndGet)).isEqualTo(600);
        assertThat(rules.onReturned(message(true, Map.of()), 4, moved::incrementAndGet)).isEqualTo(1000);
        assertThat(moved).hasValue(0);
    }

    @Test
    void exhaustedMessageGoesToItsDeadLetterQueueWithReasonOriginAndCount() {
        RecordingTarget dlq = consumerOn("DLQ.orders");
        DeliveryRules rules = new DeliveryRules(policy(3, 0, false, "drop"), DestinationRef.topic("orders"), "sub-1",
                deadLetters);

        assertThat(rules.onReturned(message(true, Map.of("a", 1)), 3, moved::incrementAndGet))
                .isEqualTo(DeliveryRules.GONE);

        assertThat(moved).hasValue(1);
        assertThat(properties(dlq)).containsEntry("a", 1)
                .containsEntry("PETREL_DLQ_REASON", "max deliveries 3 reached")
                .containsEntry("PETREL_ORIGINAL_DESTINATION", "topic://orders")
                .containsEntry("PETREL_ORIGINAL_SUBSCRIPTION", "sub-1").containsEntry("PETREL_DELIVERY_COUNT", 3);
        assertThat(dlq.delivered.get(0).message().expiration()).as("dead letters do not expire").isZero();
        assertThat(deadLetters.deadLetteredCount()).isEqualTo(1);
    }

    @Test
    void nonPersistentDeadLettersAreDroppedAndCountedUnlessConfigured() {
        RecordingTarget dlq = consumerOn("DLQ.orders");
        DeliveryRules dropping = new DeliveryRules(policy(1, 0, false, "drop"), DestinationRef.queue("orders"), null,
                deadLetters);
        DeliveryRules keeping = new DeliveryRules(policy(1, 0, true, "drop"), DestinationRef.queue("orders"), null,
                deadLetters);

        dropping.onReturned(message(false, Map.of()), 1, moved::incrementAndGet);
        assertThat(dlq.delivered).isEmpty();
        assertThat(deadLetters.droppedCount()).isEqualTo(1);
        keeping.onReturned(message(false, Map.of()), 1, moved::incrementAndGet);
        assertThat(dlq.delivered).hasSize(1);
        assertThat(moved).hasValue(2);
    }

    @Test
    void aDeadLetterThatFailsAgainIsDroppedNotNested() {
        DeliveryRules rules = new DeliveryRules(policy(1, 0, false, "drop"), DestinationRef.queue("DLQ.orders"), null,
                deadLetters);
        rules.onReturned(message(true, Map.of("PETREL_DLQ_REASON", "max deliveries 1 reached")), 1, () -> { });
        assertThat(registry.size()).isZero();
        assertThat(deadLetters.droppedCount()).isEqualTo(1);
    }

    @Test
    void expiredMessageMovesToTheExpiryQueueWithWhereFrom() {
        RecordingTarget expiry = consumerOn("ExpiryQueue");
        DeliveryRules rules = new DeliveryRules(policy(1, 0, false, "ExpiryQueue"), DestinationRef.queue("orders"),
                null, deadLetters);
        rules.onExpired(message(true, Map.of()), moved::incrementAndGet);
        assertThat(properties(expiry)).containsEntry("PETREL_EXPIRED_FROM", "queue://orders")
                .containsEntry("PETREL_ORIGINAL_EXPIRATION", 5000L);
        assertThat(deadLetters.expiredMovedCount()).isEqualTo(1);
        assertThat(moved).hasValue(1);
    }

    @Test
    void duplicateWithinTheWindowIsDroppedAndAcceptedAfterIt() {
        DuplicateDetector detector = new DuplicateDetector(2);
        assertThat(detector.onFirstSeen("ID:1")).isTrue();
        assertThat(detector.onFirstSeen("ID:1")).isFalse();
        assertThat(detector.onFirstSeen("ID:2")).isTrue();
        assertThat(detector.onFirstSeen("ID:3")).isTrue();
        assertThat(detector.onFirstSeen("ID:1")).as("fell out of the window").isTrue();
        assertThat(detector.onFirstSeen(null)).isTrue();
        assertThat(new DuplicateDetector(0).onFirstSeen("ID:1")).isTrue();
        assertThat(detector.duplicateCount()).isEqualTo(1);
    }

    @Test
    void groupIdIsReadOnlyFromMessagesThatCarryIt() {
        assertThat(MessageGroups.groupOf(message(true, Map.of("JMSXGroupID", "g1")))).isEqualTo("g1");
        assertThat(MessageGroups.groupOf(message(true, Map.of("other", "JMSXGroupI")))).isNull();
        assertThat(MessageGroups.groupOf(message(true, Map.of("note", "JMSXGroupID")))).isNull();
    }
}
