package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.config.Permission;
import dev.petrel.broker.destination.DeliveryTarget;
import dev.petrel.broker.destination.Destination;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.destination.MemoryAccount;
import dev.petrel.broker.security.ConnectionAuthorizer;
import dev.petrel.broker.tx.LocalTransaction;
import dev.petrel.broker.tx.XaBranches;
import dev.petrel.protocol.CreateConsumer;
import dev.petrel.protocol.CreateProducer;
import dev.petrel.protocol.CreateSession;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.WireMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions, producers, consumers and temporary destinations of one client connection, and the plain
 * operations on them that its frames ask for. Owned by the connection's event loop: every method runs there.
 */
final class ConnectionResources {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionResources.class);

    private record ProducerEntry(SessionState session, Destination destination) {
    }

    private final DestinationRegistry destinations;
    private final ConnectionIdentity identity;
    private final Map<Long, SessionState> sessions = new HashMap<>();
    private final Map<Long, ProducerEntry> producers = new HashMap<>();
    private final ConnectionConsumers consumers;
    private final TemporaryDestinations temporaries;

    ConnectionResources(DestinationRegistry destinations, DeliveryTarget target, ConnectionIdentity identity,
            XaBranches xa) {
        this.destinations = destinations;
        this.identity = identity;
        this.consumers = new ConnectionConsumers(destinations, target, identity, xa);
        this.temporaries = new TemporaryDestinations(destinations, identity.connectionId());
    }

    ConnectionConsumers consumers() {
        return consumers;
    }

    int sessionCount() {
        return sessions.size();
    }

    int producerCount() {
        return producers.size();
    }

    void createConsumer(CreateConsumer c) {
        requireRoom("consumers", consumers.count(), identity.limits().maxConsumersPerConnection(),
                "maxConsumersPerConnection");
        authorize(c.kind() == CreateConsumer.ConsumerKind.BROWSER ? Permission.BROWSE : Permission.CONSUME, c.destination());
        consumers.create(c, session(c.sessionId()));
    }

    void createSession(CreateSession s) {
        if (sessions.putIfAbsent(s.sessionId(), new SessionState(s.sessionId(), s.ackMode())) != null) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, "session " + s.sessionId() + " already exists");
        }
    }

    /**
     * Closes the session: rolls back its transaction, closes its producers and consumers; completes when its
     * consumers are gone.
     */
    CompletableFuture<Void> closeSession(long sessionId) {
        SessionState session = session(sessionId);
        sessions.remove(sessionId);
        rollback(session);
        producers.values().removeIf(p -> p.session == session);
        return consumers.closeAll(session);
    }

    void createProducer(CreateProducer p) {
        SessionState session = session(p.sessionId());
        requireRoom("producers", producers.size(), identity.limits().maxProducersPerConnection(),
                "maxProducersPerConnection");
        if (p.destination() != null) {
            authorize(Permission.SEND, p.destination());
        }
        Destination destination = p.destination() == null ? null : destinations.lookup(p.destination());
        if (producers.putIfAbsent(p.producerId(), new ProducerEntry(session, destination)) != null) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, "producer " + p.producerId() + " already exists");
        }
    }

    void closeProducer(long producerId) {
        if (producers.remove(producerId) == null) {
            throw unknown("producer", producerId);
        }
    }

    /**
     * Hands the message to its destination, or in a transacted session to the transaction.
     *
     * @return completes once the destination (a persistent message: on disk) or the transaction holds it, or
     *         exceptionally with a {@link BrokerException} when the store could not write it
     */
    CompletableFuture<Void> send(long producerId, WireMessage sent) {
        ProducerEntry producer = producers.get(producerId);
        if (producer == null) {
            throw unknown("producer", producerId);
        }
        LocalTransaction tx = producer.session.work();
        WireMessage message = identity.authorizer().stamp(sent);
        Destination destination;
        try {
            destination = destinationOf(producer, message.destination());
        } catch (BrokerException e) {
            if (tx != null) {
                tx.refuseCommit("its send to " + message.destination() + " was refused: " + e.getMessage());
            }
            throw e;
        }
        if (tx == null) {
            return destination.sendAll(List.of(message), identity.origin());
        }
        tx.send(destination, message);
        return CompletableFuture.completedFuture(null);
    }

    /** Where a producer's message to {@code ref} goes, after the checks a send needs. */
    private Destination destinationOf(ProducerEntry producer, DestinationRef ref) {
        boolean fixed = producer.destination != null && producer.destination.ref().equals(ref);
        if (!fixed) {
            // checked per destination once for the connection's life, not per message
            identity.authorizer().requireSend(ref);
            requireCreateIfNew(ref);
        }
        // a temporary destination is looked up on every send: it may have been deleted since
        return fixed && !ref.kind().isTemporary() ? producer.destination : destinations.lookup(ref);
    }

    /**
     * The memory account a send must find room in before it is handled (producer flow control), or null when it
     * is not held back: persistent (it waits in the store instead), transacted (the transaction holds it), or to
     * a destination that does not exist yet.
     */
    MemoryAccount heldBackBy(long producerId, WireMessage message) {
        ProducerEntry producer = producers.get(producerId);
        if (producer == null || message.persistent() || producer.session.work() != null) {
            return null;
        }
        DestinationRef ref = message.destination();
        if (producer.destination != null && producer.destination.ref().equals(ref)) {
            return producer.destination.memory();
        }
        return destinations.exists(ref) ? destinations.lookup(ref).memory() : null;
    }

    /** Commits the session's transaction; completes once its sends and acknowledgements are applied. */
    CompletableFuture<Void> commit(long sessionId) {
        return session(sessionId).requireTransaction("COMMIT")
                .commit(destinations::isLive, identity.origin(), consumers::isClosed, destinations.store());
    }

    void rollback(long sessionId) {
        session(sessionId).requireTransaction("ROLLBACK");
        rollback(session(sessionId));
    }

    private void rollback(SessionState session) {
        if (session.transaction() != null) {
            session.transaction().rollback(consumers::isClosed);
        }
    }

    void createTemporary(DestinationRef ref) {
        identity.authorizer().require(Permission.CREATE, ref);
        temporaries.create(ref);
    }

    /** Checks {@code permission} on {@code ref}, and {@code create} when using it would create it. */
    private void authorize(Permission permission, DestinationRef ref) {
        identity.authorizer().require(permission, ref);
        requireCreateIfNew(ref);
    }

    private void requireCreateIfNew(DestinationRef ref) {
        if (!ref.kind().isTemporary() && !destinations.exists(ref)) {
            identity.authorizer().require(Permission.CREATE, ref);
        }
    }

    private void requireRoom(String what, int open, int limit, String setting) {
        if (limit > 0 && open >= limit) {
            ConnectionAuthorizer who = identity.authorizer();
            LOG.warn("connection {} of user '{}' refused a new one of its {}: limit <limits {}=\"{}\"> reached",
                    identity.connectionId(), who.identity().user(), what, setting, limit);
            throw new BrokerException(ErrorCode.RESOURCE_ALLOCATION, "this connection has " + open + " " + what
                    + " open, the broker's limit (<limits " + setting + "=\"" + limit + "\"> in broker.xml); close "
                    + what + " you no longer need or ask the administrator to raise the limit");
        }
    }

    void deleteTemporary(DestinationRef ref) {
        temporaries.delete(ref, consumers::hasConsumersOn);
    }

    /** Deleting a durable subscription is consuming its topic's messages: it needs the consume permission. */
    void unsubscribe(String subscriptionName) {
        destinations.subscriptions().unsubscribe(identity.clientId(), subscriptionName,
                topic -> identity.authorizer().require(Permission.CONSUME, topic));
    }

    SessionState session(long sessionId) {
        SessionState session = sessions.get(sessionId);
        if (session == null) {
            throw unknown("session", sessionId);
        }
        return session;
    }

    /**
     * Releases everything when the connection ends: transactions roll back, deliveries come back marked
     * redelivered, temporary destinations and the client ID go. Idempotent.
     */
    void releaseAll() {
        for (SessionState session : List.copyOf(sessions.values())) {
            rollback(session);
        }
        consumers.closeAll(null);
        producers.clear();
        sessions.clear();
        temporaries.deleteAll();
        identity.release();
    }

    private static BrokerException unknown(String what, long id) {
        return new BrokerException(ErrorCode.UNKNOWN_RESOURCE, "this connection has no " + what + " " + id);
    }
}
