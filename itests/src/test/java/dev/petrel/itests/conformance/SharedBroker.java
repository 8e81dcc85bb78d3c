package dev.petrel.itests.conformance;

import dev.petrel.broker.Broker;
import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real broker per test class, in this JVM, on a loopback TCP acceptor with an ephemeral port; stopped after
 * the class. Connections and contexts made through it are closed after each test, and {@link #name} gives each
 * test its own destination and subscription names, so tests of a class never see each other's messages.
 *
 * <p>Use as {@code @RegisterExtension static final SharedBroker BROKER = new SharedBroker();}.
 */
public final class SharedBroker implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private static final AtomicLong UNIQUE = new AtomicLong();

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private Path dataDirectory;
    private Broker broker;
    private String testName = "test";

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDirectory = Files.createTempDirectory("petrel-conformance");
        broker = startBroker(dataDirectory);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (broker != null) {
            broker.close();
            broker = null;
        }
        deleteRecursively(dataDirectory);
    }

    /** Starts a broker of its own (for tests that stop it) on loopback, port 0, with its data in {@code directory}. */
    public static Broker startBroker(Path directory) {
        return Broker.start(BrokerConfig.defaults()
                .withAcceptors(List.of(new AcceptorConfig("tcp", "127.0.0.1", 0)))
                .withDataDirectory(directory));
    }

    /** Deletes a broker's data directory after it stopped. */
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

    @Override
    public void beforeEach(ExtensionContext context) {
        testName = context.getRequiredTestMethod().getName();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Exception first = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    public Broker broker() {
        return broker;
    }

    /** The broker's client URI, with optional query options ({@code jms.prefetch=0}, …). */
    public String url(String... options) {
        return "tcp://127.0.0.1:" + broker.port() + (options.length == 0 ? "" : "?" + String.join("&", options));
    }

    public PetrelConnectionFactory factory(String... options) {
        return new PetrelConnectionFactory(url(options));
    }

    /** A new connection (not started), closed after the test. */
    public Connection connection(String... options) throws JMSException {
        return track(factory(options).createConnection());
    }

    /** A new started connection, closed after the test. */
    public Connection started(String... options) throws JMSException {
        Connection connection = connection(options);
        connection.start();
        return connection;
    }

    /** A new context in {@code sessionMode}, closed after the test. */
    public JMSContext context(int sessionMode) {
        return track(factory().createContext(sessionMode));
    }

    public JMSContext context() {
        return context(JMSContext.AUTO_ACKNOWLEDGE);
    }

    /** Closes {@code resource} after the test (last opened, first closed). */
    public <T extends AutoCloseable> T track(T resource) {
        opened.push(resource);
        return resource;
    }

    /** A destination or subscription name no other test uses: the test's name, {@code role} and a counter. */
    public String name(String role) {
        return testName + "-" + role + "-" + UNIQUE.incrementAndGet();
    }

    public String name() {
        return name("d");
    }

    /** Uses the factory the way an application would, for tests that must not depend on Petrel types. */
    public ConnectionFactory plainFactory() {
        return factory();
    }
}
