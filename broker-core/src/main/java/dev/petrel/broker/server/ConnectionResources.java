package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.destination.DeliveryTarget;
import dev.petrel.broker.destination.Destination;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.destination.RemoteConsumer;
import dev.petrel.protocol.CreateConsumer;
import dev.petrel.protocol.CreateProducer;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.WireMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The sessions, producers and consumers of one client connection, and the plain operations on them that its
 * frames ask for. Owned by the connection's event loop: every method runs there.
 */
final class ConnectionResources {

    private record ProducerEntry(long sessionId, Destination destination) {
    }

    private record ConsumerEntry(long sessionId, Destination destination, RemoteConsumer consumer) {
    }

    private final DestinationRegistry destinations;
    private final DeliveryTarget target;
    private final Set<Long> sessions = new HashSet<>();
    private final Map<Long, ProducerEntry> producers = new HashMap<>();
    private final Map<Long, ConsumerEntry> consumers = new HashMap<>();

    ConnectionResources(DestinationRegistry destinations, DeliveryTarget target) {
        this.destinations = destinations;
        this.target = target;
    }

    void createSession(long sessionId) {
        if (!sessions.add(sessionId)) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, "session " + sessionId + " already exists");
        }
    }

    /** Closes the session's consumers and producers; completes when its consumers are gone. */
    CompletableFuture<Void> closeSession(long sessionId) {
        requireSession(sessionId);
        sessions.remove(sessionId);
        producers.values().removeIf(p -> p.sessionId == sessionId);
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (Long consumerId : List.copyOf(consumers.keySet())) {
            if (consumers.get(consumerId).sessionId == sessionId) {
                closing.add(closeConsumer(consumerId, Long.MAX_VALUE));
            }
        }
        return CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0]));
    }

    void createProducer(CreateProducer p) {
        requireSession(p.sessionId());
        Destination destination = p.destination() == null ? null : destinations.lookup(p.destination());
        if (producers.putIfAbsent(p.producerId(), new ProducerEntry(p.sessionId(), destination)) != null) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, "producer " + p.producerId() + " already exists");
        }
    }

    void closeProducer(long producerId) {
        if (producers.remove(producerId) == null) {
            throw unknown("producer", producerId);
        }
    }

    /** Hands the message to its destination; {@code onAccepted} runs once the destination holds it. */
    void send(long producerId, WireMessage message, Runnable onAccepted) {
        ProducerEntry producer = producers.get(producerId);
        if (producer == null) {
            throw unknown("producer", producerId);
        }
        Destination destination = producer.destination != null && producer.destination.ref().equals(message.destination())
                ? producer.destination : destinations.lookup(message.destination());
        destination.send(message, target.connectionId(), onAccepted);
    }

    void createConsumer(CreateConsumer c) {
        requireSession(c.sessionId());
        if (c.kind() != CreateConsumer.ConsumerKind.PLAIN) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, c.kind()
                    + " subscriptions are not supported by this broker version yet; use a non-durable subscriber");
        }
        if (c.selector() != null && !c.selector().isBlank()) {
            throw new BrokerException(ErrorCode.INVALID_SELECTOR, "message selectors are not supported by this "
                    + "broker version yet (selector \"" + c.selector() + "\"); consume without a selector");
        }
        if (consumers.containsKey(c.consumerId())) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, "consumer " + c.consumerId() + " already exists");
        }
        Destination destination = destinations.lookup(c.destination());
        RemoteConsumer consumer = destination.addConsumer(c.consumerId(), target, c.prefetch(), c.noLocal());
        consumers.put(c.consumerId(), new ConsumerEntry(c.sessionId(), destination, consumer));
    }

    /** Completes when the destination has taken the consumer's unacknowledged messages back. */
    CompletableFuture<Void> closeConsumer(long consumerId, long lastDeliveredId) {
        ConsumerEntry entry = consumers.remove(consumerId);
        if (entry == null) {
            throw unknown("consumer", consumerId);
        }
        CompletableFuture<Void> removed = new CompletableFuture<>();
        entry.destination.removeConsumer(entry.consumer, lastDeliveredId, () -> removed.complete(null));
        return removed;
    }

    RemoteConsumer consumer(long consumerId) {
        ConsumerEntry entry = consumers.get(consumerId);
        if (entry == null) {
            throw unknown("consumer", consumerId);
        }
        return entry.consumer;
    }

    /**
     * Releases everything when the connection ends. Deliveries may have reached the application, so they all
     * come back marked redelivered.
     */
    void releaseAll() {
        for (Long consumerId : List.copyOf(consumers.keySet())) {
            closeConsumer(consumerId, Long.MAX_VALUE);
        }
        producers.clear();
        sessions.clear();
    }

    private void requireSession(long sessionId) {
        if (!sessions.contains(sessionId)) {
            throw unknown("session", sessionId);
        }
    }

    private static BrokerException unknown(String what, long id) {
        return new BrokerException(ErrorCode.UNKNOWN_RESOURCE, "this connection has no " + what + " " + id);
    }
}
