package dev.petrel.broker.destination;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.store.StoredQueue;
import dev.petrel.broker.store.StoredSubscription;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every durable and shared subscription of the broker by name, with the number of consumers each has: the
 * rules of Jakarta Messaging 3.1 §8.3 and the {@code Session.create*Consumer} javadoc about who may attach,
 * when an existing subscription is reused, replaced or refused, and when it ends. Unshared and shared durable
 * subscriptions share one name space; shared non-durable ones have their own.
 *
 * <p>Thread-safe: connections of any event loop call it, and a short lock owns the names and counts. The
 * subscriptions' messages stay owned by their topic's executor; the lock only decides, in order, what to
 * submit there.
 */
public final class SubscriptionRegistry {

    private static final class Entry {
        final TopicDestination topic;
        final Subscription subscription;
        final SubscriptionSpec spec;
        int consumers;
        /** Its management handle, for a durable one. */
        SubscriptionControl control;

        Entry(TopicDestination topic, Subscription subscription, SubscriptionSpec spec) {
            this.topic = topic;
            this.subscription = subscription;
            this.spec = spec;
        }
    }

    private final Map<SubscriptionKey, Entry> durable = new HashMap<>();
    private final Map<SubscriptionKey, Entry> sharedNonDurable = new HashMap<>();
    private DestinationListener listener = DestinationListener.NONE;

    /** Tells {@code l} of durable subscriptions that appear or go from now on. */
    synchronized void listen(DestinationListener l) {
        listener = l;
    }

    /**
     * Opens a consumer on the subscription {@code spec} names, creating (or replacing) the subscription as the
     * rules say.
     *
     * @param filter the parsed form of the spec's selector
     * @throws BrokerException ILLEGAL_STATE for an unshared durable subscription without client ID or one that
     *                         already has its consumer, a shared/unshared clash, or a change of topic or selector
     *                         while consumers are active; INVALID_DESTINATION for a queue or a durable
     *                         subscription on a temporary topic
     */
    public synchronized RemoteConsumer attach(SubscriptionSpec spec, MessageFilter filter, Destination destination,
            ConsumerSpec consumer) {
        TopicDestination topic = requireTopic(spec, destination);
        Map<SubscriptionKey, Entry> names = spec.durable() ? durable : sharedNonDurable;
        SubscriptionKey key = spec.key();
        Entry entry = names.get(key);
        if (entry != null && !reusable(entry, spec, topic)) {
            names.remove(key);
            entry.topic.deleteSubscription(entry.subscription);
            removed(entry);
            entry = null;
        }
        if (entry == null) {
            entry = added(new Entry(topic, topic.newSubscription(spec, filter), spec));
            names.put(key, entry);
            topic.addSubscription(entry.subscription, false);
        }
        entry.consumers++;
        Entry attached = entry;
        return topic.attach(entry.subscription, consumer, () -> onConsumerClosed(names, key, attached));
    }

    private static TopicDestination requireTopic(SubscriptionSpec spec, Destination destination) {
        if (!(destination instanceof TopicDestination topic)) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, destination.ref()
                    + " is a queue; durable and shared subscriptions are made on topics");
        }
        if (spec.durable() && topic.ref().kind().isTemporary()) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, "durable subscription '" + spec.name()
                    + "' cannot be made on temporary topic " + topic.ref() + "; use a non-temporary topic");
        }
        if (spec.kind() == ConsumerKind.DURABLE && spec.clientId() == null) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, "unshared durable subscription '" + spec.name()
                    + "' needs a client ID; set one on the connection or use a shared durable subscription");
        }
        return topic;
    }

    /**
     * True when the existing subscription takes the new consumer, false when it is to be replaced (it has no
     * consumers and the request names another topic, selector or no-local value).
     */
    private static boolean reusable(Entry entry, SubscriptionSpec spec, TopicDestination topic) {
        SubscriptionKey key = spec.key();
        if (entry.spec.shared() != spec.shared()) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, key + " is " + (entry.spec.shared() ? "a shared"
                    : "an unshared") + " durable subscription; a " + (spec.shared() ? "shared" : "unshared")
                    + " one cannot have the same name and client ID");
        }
        if (!spec.shared() && entry.consumers > 0) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, key + " already has its consumer; an unshared "
                    + "durable subscription has at most one active consumer");
        }
        boolean same = entry.topic == topic && entry.subscription.sameAs(spec);
        if (!same && entry.consumers > 0) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, key + " is active on " + entry.topic.ref()
                    + describeSelector(entry.spec) + "; it cannot change to " + topic.ref() + describeSelector(spec)
                    + " while it has consumers");
        }
        return same;
    }

    private static String describeSelector(SubscriptionSpec spec) {
        return spec.selector() == null ? " without selector" : " with selector \"" + spec.selector() + "\"";
    }

    private synchronized void onConsumerClosed(Map<SubscriptionKey, Entry> names, SubscriptionKey key, Entry entry) {
        entry.consumers--;
        if (entry.consumers == 0 && !entry.spec.durable()) {
            names.remove(key, entry);
        }
    }

    /** Deletes a durable subscription with its messages, for management: no client's permission is asked. */
    public void unsubscribe(String clientId, String name) {
        unsubscribe(clientId, name, topic -> { });
    }

    /**
     * Deletes a durable subscription with its messages, once {@code permitted} accepts its topic.
     *
     * @param clientId  the connection's client ID, or null
     * @param permitted throws when the client may not delete a subscription of that topic
     * @throws BrokerException INVALID_DESTINATION when there is none of that name, ILLEGAL_STATE while it has
     *                         an active consumer
     */
    public synchronized void unsubscribe(String clientId, String name, Consumer<DestinationRef> permitted) {
        SubscriptionKey key = new SubscriptionKey(clientId, name);
        Entry entry = durable.get(key);
        if (entry == null) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, "there is no durable " + key
                    + "; check the name and the connection's client ID");
        }
        permitted.accept(entry.topic.ref());
        if (entry.consumers > 0) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, "durable " + key + " has " + entry.consumers
                    + " active consumer(s); close them before unsubscribing");
        }
        durable.remove(key);
        entry.topic.deleteSubscription(entry.subscription);
        removed(entry);
    }

    /** Tells the listener of a new durable subscription; returns it. */
    private Entry added(Entry entry) {
        if (entry.spec.durable()) {
            entry.control = new SubscriptionControl(entry.topic, entry.subscription, entry.spec, this);
            listener.subscriptionAdded(entry.control);
        }
        return entry;
    }

    private void removed(Entry entry) {
        if (entry.control != null) {
            listener.subscriptionRemoved(entry.control);
        }
    }

    /**
     * Brings back a durable subscription the store held at start, without consumers, before clients connect.
     *
     * @param recovered its row in the store: key, definition, dispatch mark and message count
     * @param locks     its messages that restored prepared XA branches acknowledged
     */
    synchronized void restore(TopicDestination topic, StoredQueue recovered, PreparedLocks locks) {
        StoredSubscription stored = recovered.subscription();
        SubscriptionSpec spec = new SubscriptionSpec(StoreKeys.subscriptionKindOf(recovered.queueKey()),
                stored.clientId(), stored.name(), stored.selector(), stored.noLocal());
        Subscription subscription = topic.restoredSubscription(spec, SelectorFilter.parse(spec.selector()), recovered,
                locks);
        durable.put(spec.key(), added(new Entry(topic, subscription, spec)));
        topic.addSubscription(subscription, true);
    }

    /** The number of durable subscriptions (for tests and management). */
    public synchronized int durableCount() {
        return durable.size();
    }
}
