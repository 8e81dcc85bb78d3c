package dev.petrel.broker.management;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The {@link BrokerMXBean}. Immutable; the counts come from the registrations and the server. */
final class BrokerView implements BrokerMXBean {

    private final String name;
    private final long startedMillis;
    private final Clock clock;
    private final IntSupplier connections;
    private final MBeanRegistrations registrations;
    /** The store's directory, or null when persistence is off. */
    private final Path store;
    private final Supplier<String> jmxUrl;

    BrokerView(String name, Clock clock, IntSupplier connections, MBeanRegistrations registrations, Path store,
            Supplier<String> jmxUrl) {
        this.name = name;
        this.clock = clock;
        this.startedMillis = clock.millis();
        this.connections = connections;
        this.registrations = registrations;
        this.store = store;
        this.jmxUrl = jmxUrl;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getVersion() {
        try (InputStream in = BrokerView.class.getResourceAsStream(
                "/META-INF/maven/dev.petrel/petrel-broker/pom.properties")) {
            if (in == null) {
                return "development build";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public long getUptimeMillis() {
        return clock.millis() - startedMillis;
    }

    @Override
    public int getConnectionCount() {
        return connections.getAsInt();
    }

    @Override
    public int getQueueCount() {
        return registrations.count(ObjectNames.destinations(name, dev.petrel.protocol.DestinationRef.Kind.QUEUE));
    }

    @Override
    public int getTopicCount() {
        return registrations.count(ObjectNames.destinations(name, dev.petrel.protocol.DestinationRef.Kind.TOPIC));
    }

    @Override
    public int getDurableSubscriptionCount() {
        return registrations.count(ObjectNames.subscriptions(name));
    }

    @Override
    public long getHeapUsedBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public long getStoreSizeBytes() {
        if (store == null || !Files.isDirectory(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).mapToLong(BrokerView::size).sum();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read the size of " + store + ": " + e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // deleted while walking (HSQLDB rolls its log)
        }
    }

    @Override
    public String getJmxUrl() {
        return jmxUrl.get();
    }
}
