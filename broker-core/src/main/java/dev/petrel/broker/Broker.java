package dev.petrel.broker;

import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.destination.BrokerTime;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.management.BrokerManagement;
import dev.petrel.broker.server.BrokerServer;
import dev.petrel.broker.store.JdbcMessageStore;
import dev.petrel.broker.store.MessageStore;
import dev.petrel.broker.store.NoopMessageStore;
import dev.petrel.broker.store.RecoveredState;
import dev.petrel.broker.store.StoreOptions;
import dev.petrel.broker.tx.XaBranches;
import dev.petrel.broker.tx.XaCompletion;
import io.netty.channel.local.LocalAddress;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running broker: the store, destinations, their executor threads and the server transports, started from a
 * {@link BrokerConfig} and stopped by {@link #close()}. At start the store is opened (HSQLDB files under the
 * data directory, or nothing when persistence is off) and what it holds is recovered before any acceptor is
 * bound, so no client sees a half-recovered broker.
 */
public final class Broker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Broker.class);
    /** How long an XA branch may stay unprepared when its transaction manager sets no timeout. */
    private static final int XA_DEFAULT_TIMEOUT_SECONDS = 300;

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final BrokerConfig config;
    private final MessageStore store;
    private final ExecutorService destinationThreads;
    /** Wakes destinations when delayed messages become due; its tasks only submit to destination executors. */
    private final ScheduledExecutorService timer;
    private final DestinationRegistry destinations;
    private final BrokerServer server;
    /** The XA branches of every connection; prepared ones are restored from the store at start. */
    private final XaBranches xa;
    private final List<InetSocketAddress> addresses = new ArrayList<>();
    private LocalAddress vmAddress;
    /** Its MBeans and remote JMX; set at start, before recovery, so restored destinations get MBeans too. */
    private BrokerManagement management;

    private Broker(BrokerConfig config, MessageStore store) {
        this.config = config;
        this.store = store;
        this.destinationThreads = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                new DefaultThreadFactory("petrel-dest", true));
        this.timer = Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("petrel-timer", true));
        BrokerTime time = new BrokerTime(Clock.systemUTC(), timer);
        this.destinations = new DestinationRegistry(destinationThreads, time, store, config.destinations());
        this.xa = new XaBranches(new XaCompletion(destinations, store), time, XA_DEFAULT_TIMEOUT_SECONDS);
        this.server = new BrokerServer(config, BrokerIdentity.of(config), destinations, xa);
    }

    /**
     * Starts a broker listening on the configured acceptors.
     *
     * @throws IllegalStateException when an acceptor cannot be bound; nothing is left running then
     */
    public static Broker start(BrokerConfig config) {
        return start(config, false);
    }

    /** Starts a broker that also accepts {@code vm://name} clients of this JVM. */
    public static Broker startInVm(BrokerConfig config) {
        return start(config, true);
    }

    private static Broker start(BrokerConfig config, boolean inVm) {
        long started = System.nanoTime();
        // The platform MBean server takes about 70 ms to start in a JVM that has just started: it starts on another
        // core while the store opens. Management registers its MBeans once the store is open; a failure shows there.
        CompletableFuture.runAsync(ManagementFactory::getPlatformMBeanServer);
        MessageStore store = openStore(config);
        Broker broker;
        try {
            broker = new Broker(config, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            broker.management = BrokerManagement.start(config, broker.destinations, broker.server::connectionCount);
            broker.server.listen(broker.management);
            broker.recover();
            for (AcceptorConfig acceptor : config.acceptors()) {
                InetSocketAddress address = broker.server.bind(acceptor);
                broker.addresses.add(address);
                // Uptime: what a restart costs, JVM start and recovery included (docs/store.md has the figures).
                LOG.info("broker '{}' listening on {}, {} ms after its JVM started", config.name(),
                        acceptor.withPort(address.getPort()).uri(), ManagementFactory.getRuntimeMXBean().getUptime());
            }
            if (inVm) {
                broker.vmAddress = broker.server.bindLocal(config.name());
                LOG.info("broker '{}' accepting in-JVM clients at vm://{}", config.name(), config.name());
            }
            broker.management.startRemote(config);
        } catch (RuntimeException e) {
            broker.stopQuietly();
            throw e;
        }
        LOG.info("broker '{}' started in {} ms ({})", config.name(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), config.persistence().enabled()
                        ? "persistent messages are stored under " + config.dataDirectory().toAbsolutePath()
                        : "persistence is off: every message is kept in memory only");
        return broker;
    }

    /** The store of a persistent broker, or a store that keeps nothing when persistence is off. */
    private static MessageStore openStore(BrokerConfig config) {
        if (!config.persistence().enabled()) {
            return new NoopMessageStore();
        }
        return JdbcMessageStore.open(StoreOptions.hsqldb(config.dataDirectory().resolve("store")));
    }

    /** Rebuilds queues, durable subscriptions and their messages from the store; logs counts and time. */
    private void recover() {
        if (store.discardsEverything()) {
            return;
        }
        long started = System.nanoTime();
        RecoveredState state = store.recover();
        int restored = destinations.restore(state);
        xa.restore(state.preparedTransactions());
        LOG.info("broker '{}' recovered {} queues and durable subscriptions holding {} messages in {} ms",
                config.name(), restored, state.messageCount(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    public BrokerConfig config() {
        return config;
    }

    /** The addresses the TCP acceptors listen on, in configuration order, with their real ports. */
    public List<InetSocketAddress> addresses() {
        return List.copyOf(addresses);
    }

    /** The real port of the first TCP acceptor. */
    public int port() {
        if (addresses.isEmpty()) {
            throw new IllegalStateException("broker '" + config.name() + "' has no TCP acceptor");
        }
        return addresses.get(0).getPort();
    }

    /** Where {@code vm://} clients connect, or null when this broker does not accept them. */
    public LocalAddress vmAddress() {
        return vmAddress;
    }

    /** Stops accepting, closes every connection and stops the threads. Idempotent. */
    @Override
    public void close() {
        if (stopQuietly()) {
            LOG.info("broker '{}' stopped", config.name());
        }
    }

    /** Stops everything once; false when it was already stopped (a second close, or a shutdown hook after it). */
    private boolean stopQuietly() {
        if (!stopped.compareAndSet(false, true)) {
            return false;
        }
        if (management != null) {
            management.close();
        }
        server.close();
        timer.shutdownNow();
        destinationThreads.shutdown();
        try {
            destinationThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
        return true;
    }
}
