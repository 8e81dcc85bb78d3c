package dev.petrel.broker.destination;

import static dev.petrel.broker.destination.TestMessages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerException;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Durable and shared subscriptions driven on the test thread. */
class SubscriptionRegistryTest {

    private final DestinationRegistry registry =
            new DestinationRegistry(Runnable::run, new ManualTime().brokerTime(), true, true);
    private final SubscriptionRegistry subscriptions = registry.subscriptions();
    private final DestinationRef newsRef = DestinationRef.topic("news");
    private final Destination news = registry.lookup(newsRef);
    private final Destination sport = registry.lookup(DestinationRef.topic("sport"));

    private static SubscriptionSpec durable(String clientId, String name, String selector) {
        return new SubscriptionSpec(ConsumerKind.DURABLE, clientId, name, selector, false);
    }

    private RemoteConsumer attach(SubscriptionSpec spec, Destination topic, RecordingTarget target, long id) {
        return subscriptions.attach(spec, SelectorFilter.parse(spec.selector()), topic, target.spec(id, 10));
    }

    private void publish(String body) {
        news.send(text(newsRef, body), new MessageOrigin("publisher", "publisher-client"), () -> { });
    }

    private static void close(RemoteConsumer consumer) {
        consumer.close(Long.MAX_VALUE, RemoteConsumer.NOTHING_HELD, () -> { });
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aDurableSubscriptionKeepsMessagesWhileItHasNoConsumer() {
        // Jakarta Messaging 3.1 §8.3.3 (unshared durable subscriptions): messages are retained until delivered
        close(attach(durable("app", "audit", null), news, new RecordingTarget("c1"), 1));
        publish("while-away");
        RecordingTarget back = new RecordingTarget("c2");
        attach(durable("app", "audit", null), news, back, 2);
        assertThat(back.bodies()).containsExactly("while-away");
    }

    @Test
    void anUnsharedDurableSubscriptionNeedsAClientId() {
        // Session.createDurableConsumer javadoc: IllegalStateException if the client identifier is unset
        assertRefused(() -> attach(durable(null, "audit", null), news, new RecordingTarget("c"), 1),
                ErrorCode.ILLEGAL_STATE);
    }

    @Test
    void anUnsharedDurableSubscriptionHasAtMostOneActiveConsumer() {
        // Session.createDurableConsumer javadoc: JMSException if a consumer is already active
        attach(durable("app", "audit", null), news, new RecordingTarget("c1"), 1);
        assertRefused(() -> attach(durable("app", "audit", null), news, new RecordingTarget("c2"), 2),
                ErrorCode.ILLEGAL_STATE);
    }

    @Test
    void anInactiveDurableSubscriptionWithAnotherSelectorOrTopicIsReplaced() {
        // Session.createDurableConsumer javadoc: a different topic, selector or noLocal unsubscribes the old one
        close(attach(durable("app", "audit", null), news, new RecordingTarget("c1"), 1));
        publish("old-subscription");
        RecordingTarget replaced = new RecordingTarget("c2");
        close(attach(durable("app", "audit", "1 = 1 AND TRUE"), news, replaced, 2));
        assertThat(replaced.bodies()).isEmpty();
        RecordingTarget moved = new RecordingTarget("c3");
        attach(durable("app", "audit", "1 = 1 AND TRUE"), sport, moved, 3);
        publish("to-news");
        assertThat(moved.bodies()).isEmpty();
        assertThat(subscriptions.durableCount()).isEqualTo(1);
    }

    @Test
    void aDurableSubscriptionWithNoLocalSkipsMessagesOfItsClientId() {
        // Session.createDurableConsumer javadoc: noLocal leaves out messages of connections with the same client ID
        RecordingTarget target = new RecordingTarget("c");
        subscriptions.attach(new SubscriptionSpec(ConsumerKind.DURABLE, "app", "mine", null, true), MessageFilter.ALL,
                news, target.spec(1, 10));
        news.send(text(newsRef, "own"), new MessageOrigin("other-connection", "app"), () -> { });
        publish("foreign");
        assertThat(target.bodies()).containsExactly("foreign");
    }

    @Test
    void aSharedNonDurableSubscriptionLoadBalancesAcrossItsConsumers() {
        // Jakarta Messaging 3.1 §8.3.2 (shared non-durable subscriptions): each message goes to one consumer
        SubscriptionSpec shared = new SubscriptionSpec(ConsumerKind.SHARED, null, "workers", null, false);
        RecordingTarget a = new RecordingTarget("a");
        RecordingTarget b = new RecordingTarget("b");
        attach(shared, news, a, 1);
        attach(shared, news, b, 2);
        publish("m1");
        publish("m2");
        assertThat(a.bodies()).containsExactly("m1");
        assertThat(b.bodies()).containsExactly("m2");
    }

    @Test
    void aSharedNonDurableSubscriptionEndsWithItsLastConsumer() {
        // Jakarta Messaging 3.1 §8.3.2: the subscription exists while it has consumers
        SubscriptionSpec shared = new SubscriptionSpec(ConsumerKind.SHARED, null, "workers", null, false);
        close(attach(shared, news, new RecordingTarget("a"), 1));
        publish("nobody-listens");
        RecordingTarget next = new RecordingTarget("b");
        attach(shared, news, next, 2);
        assertThat(next.bodies()).isEmpty();
    }

    @Test
    void anActiveSharedSubscriptionCannotChangeItsTopicOrSelector() {
        // Session.createSharedConsumer javadoc: JMSException for another topic or selector while a consumer is active
        SubscriptionSpec shared = new SubscriptionSpec(ConsumerKind.SHARED, null, "workers", null, false);
        attach(shared, news, new RecordingTarget("a"), 1);
        assertRefused(() -> attach(shared, sport, new RecordingTarget("b"), 2), ErrorCode.ILLEGAL_STATE);
        SubscriptionSpec selective = new SubscriptionSpec(ConsumerKind.SHARED, null, "workers", "TRUE OR FALSE", false);
        assertRefused(() -> attach(selective, news, new RecordingTarget("c"), 3), ErrorCode.ILLEGAL_STATE);
    }

    @Test
    void aSharedDurableSubscriptionLivesUntilUnsubscribed() {
        // Jakarta Messaging 3.1 §8.3.4 (shared durable subscriptions): it exists until deleted with unsubscribe
        SubscriptionSpec spec = new SubscriptionSpec(ConsumerKind.SHARED_DURABLE, null, "ledger", null, false);
        RecordingTarget a = new RecordingTarget("a");
        RecordingTarget b = new RecordingTarget("b");
        RemoteConsumer first = attach(spec, news, a, 1);
        RemoteConsumer second = attach(spec, news, b, 2);
        close(first);
        close(second);
        publish("kept");
        RecordingTarget later = new RecordingTarget("c");
        close(attach(spec, news, later, 3));
        assertThat(later.bodies()).containsExactly("kept");
        subscriptions.unsubscribe(null, "ledger");
        publish("after-unsubscribe");
        RecordingTarget fresh = new RecordingTarget("d");
        attach(spec, news, fresh, 4);
        assertThat(fresh.bodies()).isEmpty();
    }

    @Test
    void sharedAndUnsharedDurableSubscriptionsCannotShareANameAndClientId() {
        // Session.createSharedDurableConsumer javadoc: JMSException if an unshared one has the name and client ID
        attach(durable("app", "audit", null), news, new RecordingTarget("a"), 1);
        SubscriptionSpec shared = new SubscriptionSpec(ConsumerKind.SHARED_DURABLE, "app", "audit", null, false);
        assertRefused(() -> attach(shared, news, new RecordingTarget("b"), 2), ErrorCode.ILLEGAL_STATE);
    }

    @Test
    void unsubscribingAnUnknownSubscriptionIsAnInvalidDestination() {
        // Session.unsubscribe javadoc: InvalidDestinationException if an invalid subscription name is specified
        assertRefused(() -> subscriptions.unsubscribe("app", "nothing"), ErrorCode.INVALID_DESTINATION);
    }

    @Test
    void unsubscribingWhileAConsumerIsActiveIsRefused() {
        // Session.unsubscribe javadoc: it is erroneous to delete a subscription with an active consumer
        attach(durable("app", "audit", null), news, new RecordingTarget("a"), 1);
        assertRefused(() -> subscriptions.unsubscribe("app", "audit"), ErrorCode.ILLEGAL_STATE);
    }

    @Test
    void subscriptionsAreForTopicsOnly() {
        // Session.createDurableConsumer javadoc: InvalidDestinationException if an invalid topic is specified
        Destination queue = registry.lookup(DestinationRef.queue("q"));
        assertRefused(() -> attach(durable("app", "audit", null), queue, new RecordingTarget("a"), 1),
                ErrorCode.INVALID_DESTINATION);
    }

    @Test
    void aTopicSubscriptionTakesOnlyWhatItsSelectorMatches() {
        // Jakarta Messaging 3.1 §3.8.1: a durable subscription's selector decides what is added to it
        RecordingTarget target = new RecordingTarget("c");
        attach(durable("app", "reds", "colour = 'red'"), news, target, 1);
        news.send(TestMessages.withProperty(newsRef, "red", "colour", "red"), TestMessages.from("p"), () -> { });
        news.send(TestMessages.withProperty(newsRef, "blue", "colour", "blue"), TestMessages.from("p"), () -> { });
        assertThat(target.bodies()).containsExactly("red");
    }
}
