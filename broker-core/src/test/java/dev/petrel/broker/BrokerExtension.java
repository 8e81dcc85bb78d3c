package dev.petrel.broker;

import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.DeliveryPolicy;
import dev.petrel.broker.config.DestinationPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real broker per test class on loopback with an ephemeral port, its store in a fresh temporary
 * directory, and stops it (and deletes the directory) after the class.
 * Use as {@code @RegisterExtension static final BrokerExtension BROKER = new BrokerExtension();}.
 */
public final class BrokerExtension implements BeforeAllCallback, AfterAllCallback {

    private final UnaryOperator<BrokerConfig> customizer;
    private Broker broker;
    private Path dataDirectory;

    public BrokerExtension() {
        this(UnaryOperator.identity());
    }

    /** @param customizer adjusts the test defaults (loopback, port 0) before the broker starts */
    public BrokerExtension(UnaryOperator<BrokerConfig> customizer) {
        this.customizer = customizer;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDirectory = Files.createTempDirectory("petrel-broker-test");
        broker = Broker.start(customizer.apply(onLoopback(dataDirectory)));
    }

    /** The test defaults: a broker on a free loopback port with its store in {@code data}. */
    public static BrokerConfig onLoopback(Path data) {
        return BrokerConfig.defaults().withAcceptors(List.of(new AcceptorConfig("tcp", "127.0.0.1", 0)))
                .withDataDirectory(data);
    }

    /** The URL clients of {@code broker} connect to. */
    public static String url(Broker broker) {
        return "tcp://127.0.0.1:" + broker.port();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (broker != null) {
            broker.close();
        }
        deleteRecursively(dataDirectory);
    }

    /** The default delivery policy for the queues {@code pattern} matches, with a memory limit of its own. */
    public static DeliveryPolicy queueMemoryLimit(String pattern, long memoryLimit) {
        DeliveryPolicy d = DeliveryPolicy.defaults();
        return new DeliveryPolicy(new DestinationPattern(pattern), DeliveryPolicy.Scope.QUEUES, d.maxDeliveries(),
                d.redeliveryDelay(), d.redeliveryBackoff(), d.maxRedeliveryDelay(), d.deadLetterQueue(),
                d.deadLetterNonPersistent(), d.expiryQueue(), d.exclusive(), d.duplicateWindow(), memoryLimit);
    }

    /** Deletes a directory tree; nothing happens when it is null or gone. */
    public static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public Broker broker() {
        return broker;
    }

    public int port() {
        return broker.port();
    }

    /** The client URI of the broker, with optional query options appended. */
    public String url(String... options) {
        return "tcp://127.0.0.1:" + port() + (options.length == 0 ? "" : "?" + String.join("&", options));
    }
}
