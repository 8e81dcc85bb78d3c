package dev.petrel.broker.destination;

import dev.petrel.broker.BrokerException;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

/**
 * Every destination of the broker by name, created on first use when the configuration allows it. Queues
 * and topics have separate name spaces. Thread-safe: looked up from IO threads.
 */
public final class DestinationRegistry {

    private final ConcurrentMap<DestinationRef, Destination> destinations = new ConcurrentHashMap<>();
    private final Executor pool;
    private final boolean autoCreateQueues;
    private final boolean autoCreateTopics;

    /** @param pool the threads the destinations' executors share */
    public DestinationRegistry(Executor pool, boolean autoCreateQueues, boolean autoCreateTopics) {
        this.pool = pool;
        this.autoCreateQueues = autoCreateQueues;
        this.autoCreateTopics = autoCreateTopics;
    }

    /**
     * Returns the destination, creating it if it does not exist and auto-creation is on for its kind.
     *
     * @throws BrokerException INVALID_DESTINATION when it does not exist and may not be created
     */
    public Destination lookup(DestinationRef ref) {
        Destination existing = destinations.get(ref);
        if (existing != null) {
            return existing;
        }
        boolean queue = ref.kind().isQueue();
        if (!(queue ? autoCreateQueues : autoCreateTopics)) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, (queue ? "queue '" : "topic '") + ref.name()
                    + "' does not exist and this broker does not create " + (queue ? "queues" : "topics")
                    + " on first use; declare it in broker.xml or set <destinations autoCreate"
                    + (queue ? "Queues" : "Topics") + "=\"true\"/>");
        }
        return create(ref);
    }

    /** Creates the destination if it does not exist yet (for destinations declared in the configuration). */
    public Destination create(DestinationRef ref) {
        return destinations.computeIfAbsent(ref, r -> r.kind().isQueue() ? new QueueDestination(r, pool)
                : new TopicDestination(r, pool));
    }

    public int size() {
        return destinations.size();
    }
}
