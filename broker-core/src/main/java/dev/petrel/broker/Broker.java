package dev.petrel.broker;

import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.destination.BrokerTime;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.broker.server.BrokerServer;
import io.netty.channel.local.LocalAddress;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running broker: destinations, their executor threads and the server transports, started from a
 * {@link BrokerConfig} and stopped by {@link #close()}. Messages are held in memory in this version, persistent
 * ones included.
 */
public final class Broker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Broker.class);

    private final BrokerConfig config;
    private final ExecutorService destinationThreads;
    /** Wakes destinations when delayed messages become due; its tasks only submit to destination executors. */
    private final ScheduledExecutorService timer;
    private final DestinationRegistry destinations;
    private final BrokerServer server;
    private final List<InetSocketAddress> addresses = new ArrayList<>();
    private LocalAddress vmAddress;

    private Broker(BrokerConfig config) {
        this.config = config;
        this.destinationThreads = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                new DefaultThreadFactory("petrel-dest", true));
        this.timer = Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("petrel-timer", true));
        this.destinations = new DestinationRegistry(destinationThreads, new BrokerTime(Clock.systemUTC(), timer),
                config.destinations().autoCreateQueues(), config.destinations().autoCreateTopics());
        this.server = new BrokerServer(config, destinations);
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
        Broker broker = new Broker(config);
        try {
            for (AcceptorConfig acceptor : config.acceptors()) {
                InetSocketAddress address = broker.server.bind(acceptor);
                broker.addresses.add(address);
                LOG.info("broker '{}' listening on {}", config.name(), acceptor.withPort(address.getPort()).uri());
            }
            if (inVm) {
                broker.vmAddress = broker.server.bindLocal(config.name());
                LOG.info("broker '{}' accepting in-JVM clients at vm://{}", config.name(), config.name());
            }
        } catch (RuntimeException e) {
            broker.stopQuietly();
            throw e;
        }
        LOG.info("broker '{}' started in {} ms (messages are kept in memory in this version)", config.name(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return broker;
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
        stopQuietly();
        LOG.info("broker '{}' stopped", config.name());
    }

    private void stopQuietly() {
        server.close();
        timer.shutdownNow();
        destinationThreads.shutdown();
    }
}
