package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.protocol.DestinationRef;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The temporary queues and topics of one connection (Jakarta Messaging 3.1 §6.2.2): creates them on the broker
 * ({@code CREATE_DESTINATION}) under the name {@code <connectionId>.tmp-<n>}, deletes them
 * ({@code DELETE_DESTINATION}) unless a consumer of the connection still uses one, and tells whether a
 * temporary destination is this connection's, since only the owner may consume from it. The broker deletes the
 * rest when the connection closes.
 *
 * <p>Threads: any thread of the connection; the set and the counter are thread-safe.
 */
final class TemporaryDestinations {

    private final Supplier<BrokerClient> client;
    private final long requestTimeoutMs;
    /** Whether some consumer of the connection is open on the destination. */
    private final Predicate<DestinationRef> inUse;
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private final AtomicLong counter = new AtomicLong();
    private volatile boolean closed;

    TemporaryDestinations(Supplier<BrokerClient> client, long requestTimeoutMs, Predicate<DestinationRef> inUse) {
        this.client = client;
        this.requestTimeoutMs = requestTimeoutMs;
        this.inUse = inUse;
    }

    PetrelTemporaryQueue createQueue() throws JMSException {
        String name = create(DestinationRef.Kind.TEMPORARY_QUEUE);
        return new PetrelTemporaryQueue(name, this);
    }

    PetrelTemporaryTopic createTopic() throws JMSException {
        String name = create(DestinationRef.Kind.TEMPORARY_TOPIC);
        return new PetrelTemporaryTopic(name, this);
    }

    private String create(DestinationRef.Kind kind) throws JMSException {
        String name = client.get().connectionInfo().connectionId() + ".tmp-" + counter.incrementAndGet();
        JmsExceptions.await(client.get().createDestination(new DestinationRef(kind, name)), requestTimeoutMs,
                "creating temporary destination " + name);
        live.add(name);
        return name;
    }

    /** Deletes through the owner a temporary destination object names; one without owner cannot be. */
    static void delete(TemporaryDestinations owner, DestinationRef ref) throws JMSException {
        if (owner == null) {
            throw new IllegalStateException(ref + " can only be deleted through the object its connection's "
                    + "createTemporaryQueue/createTemporaryTopic returned");
        }
        owner.delete(ref);
    }

    private void delete(DestinationRef ref) throws JMSException {
        if (closed) {
            throw new IllegalStateException("the connection of " + ref + " is closed, which deleted it already");
        }
        if (!live.contains(ref.name())) {
            return; // deleted already: deleting again does nothing
        }
        if (inUse.test(ref)) {
            throw new IllegalStateException(ref + " still has consumers: close them before deleting it "
                    + "(TemporaryQueue.delete javadoc)");
        }
        JmsExceptions.await(client.get().deleteDestination(ref), requestTimeoutMs, "deleting " + ref);
        live.remove(ref.name());
    }

    /**
     * Checks that this connection may consume from {@code ref}: a temporary destination only from the
     * connection that created it, and only until it is deleted (Jakarta Messaging 3.1 §6.2.2).
     */
    void checkConsumable(DestinationRef ref) throws InvalidDestinationException {
        if (ref.kind().isTemporary() && !live.contains(ref.name())) {
            throw new InvalidDestinationException(ref + " is not a live temporary destination of this connection: "
                    + "only the connection that created a temporary destination may consume from it, until it "
                    + "is deleted");
        }
    }

    /** The connection closed; the broker deleted its temporary destinations. */
    void onClose() {
        closed = true;
        live.clear();
    }
}
