package dev.petrel.broker.destination;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.config.DeliveryPolicy;
import dev.petrel.broker.config.DestinationPolicy;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.NoopMessageStore;
import dev.petrel.broker.store.RecoveredState;
import dev.petrel.broker.store.StoreOp;
import dev.petrel.broker.store.StoredQueue;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every destination of the broker by name, created on first use when the configuration allows it, and the
 * broker's durable and shared subscriptions. Queues, topics and the two temporary kinds have separate name
 * spaces. A temporary destination exists only between {@link #createTemporary} and {@link #deleteTemporary}
 * and is never created on first use. Thread-safe: looked up from IO threads.
 */
public final class DestinationRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DestinationRegistry.class);

    private final ConcurrentMap<DestinationRef, Destination> destinations = new ConcurrentHashMap<>();
    private final SubscriptionRegistry subscriptions = new SubscriptionRegistry();
    private final PreparedLocks preparedLocks = new PreparedLocks();
    private static final MessageStore NOT_STORED = new NoopMessageStore();

    private final Executor pool;
    private final BrokerTime time;
    private final MessageStore store;
    private final DestinationPolicy policy;
    private final MemoryLimits memory;
    private final DeadLetters deadLetters;
    private volatile DestinationListener listener = DestinationListener.NONE;

    /** A registry whose destinations keep everything in memory. */
    public DestinationRegistry(Executor pool, BrokerTime time, boolean autoCreateQueues, boolean autoCreateTopics) {
        this(pool, time, NOT_STORED, autoCreateQueues, autoCreateTopics);
    }

    /**
     * @param pool  the threads the destinations' executors share
     * @param time  the clock and timer for expiry and delivery delay
     * @param store where queues, durable subscriptions and their persistent messages are kept
     */
    public DestinationRegistry(Executor pool, BrokerTime time, MessageStore store, boolean autoCreateQueues,
            boolean autoCreateTopics) {
        this(pool, time, store, new DestinationPolicy(autoCreateQueues, autoCreateTopics));
    }

    /**
     * @param pool   the threads the destinations' executors share
     * @param time   the clock and timer for expiry, delivery delay and redelivery delay
     * @param store  where queues, durable subscriptions and their persistent messages are kept
     * @param policy auto-creation, the broker's memory budget and each destination's delivery policy
     */
    public DestinationRegistry(Executor pool, BrokerTime time, MessageStore store, DestinationPolicy policy) {
        this.pool = pool;
        this.time = time;
        this.store = store;
        this.policy = policy;
        this.memory = new MemoryLimits(policy.memory().limit());
        this.deadLetters = new DeadLetters(this::create, store);
    }

    /** Auto-creation, the memory budget and the delivery policies it was given. */
    public DestinationPolicy policy() {
        return policy;
    }

    /** The broker-wide memory budget of message data. */
    public MemoryLimits memory() {
        return memory;
    }

    /** What was dead-lettered, moved on expiry or dropped since start. */
    public DeadLetters deadLetters() {
        return deadLetters;
    }

    /** The broker's store: what a transaction's commit writes to. */
    public MessageStore store() {
        return store;
    }

    /** The messages restored prepared XA branches acknowledged, locked until the branches complete. */
    public PreparedLocks preparedLocks() {
        return preparedLocks;
    }

    /**
     * Rebuilds the queues and durable subscriptions the store held, before any client connects; each starts
     * reading its first page of messages on its own executor, leaving out the messages prepared XA branches
     * acknowledged ({@link #preparedLocks}). Logs what it restored.
     *
     * @return the number of queues and subscriptions restored
     */
    public int restore(RecoveredState recovered) {
        preparedLocks.lockAll(recovered.preparedTransactions());
        for (StoredQueue q : recovered.queues()) {
            DestinationRef queue = StoreKeys.queueOf(q.queueKey());
            if (q.isSubscription()) {
                Destination topic = create(DestinationRef.topic(q.subscription().topic()));
                subscriptions.restore((TopicDestination) topic, q, preparedLocks);
            } else if (queue != null) {
                destinations.computeIfAbsent(queue,
                        r -> announced(new QueueDestination(r, null, pool, time, store, q, preparedLocks,
                                settings(r))));
            } else {
                LOG.warn("the store holds {} ({} messages), which is neither a queue nor a subscription; left alone",
                        q.queueKey(), q.messageCount());
            }
        }
        return recovered.queues().size();
    }

    public SubscriptionRegistry subscriptions() {
        return subscriptions;
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
        if (ref.kind().isTemporary()) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, ref + " does not exist: it was deleted or the "
                    + "connection that created it has closed");
        }
        boolean queue = ref.kind().isQueue();
        if (!(queue ? policy.autoCreateQueues() : policy.autoCreateTopics())) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, (queue ? "queue '" : "topic '") + ref.name()
                    + "' does not exist and this broker does not create " + (queue ? "queues" : "topics")
                    + " on first use; declare it in broker.xml or set <destinations autoCreate"
                    + (queue ? "Queues" : "Topics") + "=\"true\"/>");
        }
        return create(ref);
    }

    /** Whether the destination exists now (for authorization: using one that does not creates it). */
    public boolean exists(DestinationRef ref) {
        return destinations.containsKey(ref);
    }

    /** Creates the destination if it does not exist yet (for destinations declared in the configuration). */
    public Destination create(DestinationRef ref) {
        if (ref.kind().isTemporary()) {
            throw new IllegalArgumentException(ref + " is temporary; use createTemporary");
        }
        return destinations.computeIfAbsent(ref, r -> announced(newDestination(r, null)));
    }

    /**
     * Creates a temporary destination that only the connection {@code owner} may consume from.
     *
     * @throws BrokerException INVALID_DESTINATION for a kind that is not temporary, ILLEGAL_STATE when the name
     *                         is taken
     */
    public Destination createTemporary(DestinationRef ref, String owner) {
        if (!ref.kind().isTemporary()) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, ref
                    + " is not temporary; only temporary queues and topics are created explicitly");
        }
        Destination created = newDestination(ref, owner);
        if (destinations.putIfAbsent(ref, created) != null) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, ref + " already exists; temporary destination "
                    + "names must be unique in the broker (prefix them with the connection id)");
        }
        return announced(created);
    }

    /**
     * Deletes a temporary destination of connection {@code owner} with its messages; its consumers must be
     * closed already. Sending to it afterwards fails with INVALID_DESTINATION.
     *
     * @throws BrokerException INVALID_DESTINATION when it does not exist or belongs to another connection
     */
    public void deleteTemporary(DestinationRef ref, String owner) {
        Destination existing = destinations.get(ref);
        if (existing == null || !owner.equals(existing.owner())) {
            throw new BrokerException(ErrorCode.INVALID_DESTINATION, ref + " is not a temporary destination of "
                    + "this connection; only the connection that created it can delete it");
        }
        destinations.remove(ref, existing);
        existing.delete();
        listener.destinationRemoved(ref);
    }

    /** True while {@code destination} is the registered one of its name (a deleted one is not). */
    public boolean isLive(Destination destination) {
        return destinations.get(destination.ref()) == destination;
    }

    /** A new destination; a queue that is not temporary is declared in the store (no need to wait). */
    private Destination newDestination(DestinationRef ref, String owner) {
        MessageStore own = ref.kind().isTemporary() ? NOT_STORED : store;
        if (!ref.kind().isQueue()) {
            return new TopicDestination(ref, owner, pool, time, own, settings(ref));
        }
        if (!own.discardsEverything()) {
            own.submit(List.of(new StoreOp.AddQueue(StoreKeys.queue(ref)))).whenComplete((ok, error) -> {
                if (error != null) {
                    LOG.warn("could not declare {} in the store: {}", ref, error.toString());
                }
            });
        }
        return new QueueDestination(ref, owner, pool, time, own, null, PreparedLocks.NONE, settings(ref));
    }

    /** The policy, a new memory account and the dead letters of the destination {@code ref}. */
    private DestinationSettings settings(DestinationRef ref) {
        DeliveryPolicy p = policy.policyFor(ref.name(), ref.kind().isQueue());
        return new DestinationSettings(p, memory.account(ref.toString(), p.memoryLimit()), deadLetters);
    }

    /**
     * Tells {@code l} of every destination and durable subscription that appears or goes from now on; set once,
     * before {@link #restore}.
     */
    public void listen(DestinationListener l) {
        listener = l;
        subscriptions.listen(l);
    }

    /** Tells the listener of a new destination; returns it. */
    private Destination announced(Destination d) {
        if (d instanceof QueueDestination q) {
            listener.queueAdded(new QueueControl(q, this));
        } else if (d instanceof TopicDestination t) {
            listener.topicAdded(new TopicControl(t));
        }
        return d;
    }

    public int size() {
        return destinations.size();
    }
}
