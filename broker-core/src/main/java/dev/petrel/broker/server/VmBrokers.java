package dev.petrel.broker.server;

import dev.petrel.broker.Broker;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.PersistenceConfig;
import dev.petrel.jms.transport.VmBrokerRegistry;
import io.netty.channel.local.LocalAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-JVM brokers that {@code vm://name} URIs start on first use: the broker's side of the client's
 * {@link VmBrokerRegistry}, found through {@link java.util.ServiceLoader}. Such a broker has no TCP acceptor
 * and lives until the JVM exits or {@link #stop} is called. It keeps every message in memory (persistence
 * off): an application that wants an embedded broker whose persistent messages survive a restart starts one
 * itself with {@link Broker#startInVm} and a {@link BrokerConfig} naming its data directory. Thread-safe.
 */
public final class VmBrokers implements VmBrokerRegistry {

    private static final Map<String, Broker> BROKERS = new ConcurrentHashMap<>();

    @Override
    public LocalAddress ensureStarted(String name) {
        return BROKERS.computeIfAbsent(name, n -> Broker.startInVm(BrokerConfig.defaults().withName(n)
                .withAcceptors(List.of()).withPersistence(new PersistenceConfig(false)))).vmAddress();
    }

    /** Stops the in-JVM broker of that name, if one runs. */
    public static void stop(String name) {
        Broker broker = BROKERS.remove(name);
        if (broker != null) {
            broker.close();
        }
    }
}
