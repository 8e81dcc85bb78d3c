package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.destination.ConsumerSpec;
import dev.petrel.broker.destination.DeliveryTarget;
import dev.petrel.broker.destination.Destination;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.destination.MessageFilter;
import dev.petrel.broker.destination.RemoteConsumer;
import dev.petrel.broker.destination.SelectorFilter;
import dev.petrel.broker.destination.SubscriptionSpec;
import dev.petrel.broker.tx.LocalTransaction;
import dev.petrel.broker.tx.XaBranches;
import dev.petrel.protocol.CreateConsumer;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongPredicate;

/**
 * The consumers of one connection (queue consumers, topic subscribers, durable and shared subscribers,
 * browsers) and what their frames ask for. Owned by the connection's event loop: every method runs there.
 */
final class ConnectionConsumers {

    private record Entry(SessionState session, Destination destination, RemoteConsumer consumer) {
    }

    private final DestinationRegistry destinations;
    private final DeliveryTarget target;
    private final ConnectionIdentity identity;
    private final Map<Long, Entry> consumers = new HashMap<>();
    /** Closed consumers of CLIENT_ACKNOWLEDGE sessions still holding deliveries the application may acknowledge. */
    private final Map<Long, Entry> retained = new HashMap<>();
    /** Deliveries acknowledged by XA branches stay with them when their consumer closes. */
    private final XaBranches xa;

    ConnectionConsumers(DestinationRegistry destinations, DeliveryTarget target, ConnectionIdentity identity,
            XaBranches xa) {
        this.destinations = destinations;
        this.target = target;
        this.identity = identity;
        this.xa = xa;
    }

    void create(CreateConsumer c, SessionState session) {
        if (consumers.containsKey(c.consumerId())) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, "consumer " + c.consumerId() + " already exists");
        }
        MessageFilter filter = SelectorFilter.parse(c.selector());
        Destination destination = destinations.lookup(c.destination());
        if (destination.owner() != null && !destination.owner().equals(identity.connectionId())) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, c.destination() + " belongs to another "
                    + "connection; only the connection that created a temporary destination can consume from it");
        }
        ConsumerSpec spec = new ConsumerSpec(c.consumerId(), target, c.prefetch(), filter, c.noLocal());
        RemoteConsumer consumer = switch (c.kind()) {
            case PLAIN -> destination.addConsumer(spec);
            case BROWSER -> destination.browse(spec);
            case DURABLE, SHARED, SHARED_DURABLE -> subscribe(c, filter, destination, spec);
        };
        consumers.put(c.consumerId(), new Entry(session, destination, consumer));
    }

    private RemoteConsumer subscribe(CreateConsumer c, MessageFilter filter, Destination destination,
            ConsumerSpec spec) {
        if (c.subscriptionName() == null || c.subscriptionName().isEmpty()) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, c.kind() + " consumer on " + c.destination()
                    + " has no subscription name; durable and shared subscriptions need one");
        }
        SubscriptionSpec subscription = new SubscriptionSpec(c.kind(), identity.clientId(), c.subscriptionName(),
                c.selector(), c.noLocal());
        return destinations.subscriptions().attach(subscription, filter, destination, spec);
    }

    /**
     * Closes a consumer; completes when its unacknowledged deliveries are back, except those its session still
     * owns: the ones its session's transaction acknowledged, which stay until the transaction ends, and in a
     * CLIENT_ACKNOWLEDGE session the ones up to {@code lastDeliveredId} (they reached the application, which may
     * still acknowledge them): the consumer is then kept as {@code retained} until an ACK or a second close
     * (which returns what is left, marked delivered) or the end of its session. See docs/protocol.md.
     */
    CompletableFuture<Void> close(long consumerId, long lastDeliveredId) {
        Entry held = retained.remove(consumerId);
        if (held != null) {
            CompletableFuture<Void> released = new CompletableFuture<>();
            held.consumer.recover(Long.MAX_VALUE, () -> released.complete(null));
            return released;
        }
        Entry entry = consumers.remove(consumerId);
        if (entry == null) {
            throw unknown(consumerId);
        }
        return close(entry, lastDeliveredId, true);
    }

    private CompletableFuture<Void> close(Entry entry, long lastDeliveredId, boolean mayRetain) {
        LocalTransaction tx = entry.session.work();
        LongPredicate keep = xa.heldBy(identity.connectionId(), entry.consumer);
        if (tx != null) {
            keep = keep.or(tx.heldBy(entry.consumer));
        } else if (mayRetain && entry.session.clientAcknowledge() && lastDeliveredId > 0) {
            keep = keep.or(id -> id <= lastDeliveredId);
            retained.put(entry.consumer.consumerId(), entry);
        }
        CompletableFuture<Void> removed = new CompletableFuture<>();
        entry.consumer.close(lastDeliveredId, keep, () -> removed.complete(null));
        return removed;
    }

    /** Closes every consumer of the session; completes when all are gone. */
    CompletableFuture<Void> closeAll(SessionState session) {
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (Long consumerId : List.copyOf(retained.keySet())) {
            if (session == null || retained.get(consumerId).session == session) {
                closing.add(close(consumerId, Long.MAX_VALUE)); // the session ends: nothing stays held
            }
        }
        for (Long consumerId : List.copyOf(consumers.keySet())) {
            if (session == null || consumers.get(consumerId).session == session) {
                // the deliveries may have reached the application: they all come back marked redelivered
                closing.add(close(consumers.remove(consumerId), Long.MAX_VALUE, false));
            }
        }
        return CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0]));
    }

    /**
     * Applies an acknowledgement, or in a transacted session adds it to the transaction;
     * {@code onApplied} (may be null) runs once it counts.
     */
    void acknowledge(long consumerId, long first, long last, Runnable onApplied) {
        Entry entry = entry(consumerId);
        LocalTransaction tx = entry.session.work();
        if (tx == null) {
            entry.consumer.acknowledge(first, last, onApplied);
            return;
        }
        tx.acknowledge(entry.consumer, first, last);
        if (onApplied != null) {
            onApplied.run();
        }
    }

    /** Takes back the consumer's deliveries (RECOVER); completes after every delivery made before. */
    CompletableFuture<Void> recover(long consumerId, long lastDeliveredId) {
        CompletableFuture<Void> recovered = new CompletableFuture<>();
        consumer(consumerId).recover(lastDeliveredId, () -> recovered.complete(null));
        return recovered;
    }

    /** How many consumers are open. */
    int count() {
        return consumers.size();
    }

    RemoteConsumer consumer(long consumerId) {
        return entry(consumerId).consumer;
    }

    /** Whether {@code consumer} has been closed (it is no longer one of this connection's). */
    boolean isClosed(RemoteConsumer consumer) {
        Entry entry = consumers.get(consumer.consumerId());
        return entry == null || entry.consumer != consumer;
    }

    boolean hasConsumersOn(DestinationRef ref) {
        return consumers.values().stream().anyMatch(e -> e.destination.ref().equals(ref));
    }

    private Entry entry(long consumerId) {
        Entry entry = consumers.get(consumerId);
        if (entry == null) {
            entry = retained.get(consumerId); // a closed consumer whose session may still acknowledge
        }
        if (entry == null) {
            throw unknown(consumerId);
        }
        return entry;
    }

    private static BrokerException unknown(long consumerId) {
        return new BrokerException(ErrorCode.UNKNOWN_RESOURCE, "this connection has no consumer " + consumerId);
    }
}
