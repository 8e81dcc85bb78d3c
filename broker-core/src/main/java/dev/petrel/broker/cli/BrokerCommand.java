package dev.petrel.broker.cli;

import dev.petrel.broker.Broker;
import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.BrokerConfigLoader;
import dev.petrel.broker.config.ConfigException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code petrel broker}: loads the configuration, applies the command-line overrides, starts the broker and
 * keeps it running in the foreground until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes it.
 * A configuration mistake or a port that cannot be bound ends it at once with exit code 2.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Runs the broker in the foreground until Ctrl-C or SIGTERM.",
            "Without --config it reads conf/broker.xml (under the repository root when started by ./petrel);"
                    + " without that file it runs with the built-in defaults."})
final class BrokerCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The broker configuration file (default: conf/broker.xml).")
    Path config;

    @Option(names = "--port", paramLabel = "N",
            description = "Listen on port N instead of the first acceptor's port; 0 picks a free port.")
    Integer port;

    @Option(names = "--data", paramLabel = "DIR", description = "Keep the broker's data under DIR.")
    Path data;

    private Path defaultConfig = Path.of("conf", "broker.xml");
    private Consumer<Broker> untilStopped = JvmShutdown::closeOnShutdown;

    @Override
    public Integer call() {
        Broker broker;
        try {
            broker = Broker.start(withOverrides(loadConfig()));
        } catch (ConfigException | IllegalStateException e) {
            // IllegalStateException: Broker.start could not bind an acceptor; the message names it and the fix.
            return ErrorReport.print(spec, e, ExitCode.USAGE);
        }
        spec.commandLine().getOut().println(listeningLine(broker));
        spec.commandLine().getOut().flush();
        untilStopped.accept(broker);
        return ExitCode.OK;
    }

    /** For tests: what to do once the broker runs, instead of waiting for the JVM to shut down. */
    void untilStopped(Consumer<Broker> action) {
        this.untilStopped = action;
    }

    /** For tests: the file read when no {@code --config} is given. */
    void defaultConfig(Path file) {
        this.defaultConfig = file;
    }

    private BrokerConfig loadConfig() {
        if (config != null) {
            return BrokerConfigLoader.load(UserPaths.resolve(config));
        }
        if (Files.exists(defaultConfig)) {
            return BrokerConfigLoader.load(defaultConfig);
        }
        LOG.warn("no configuration file at {}; running with the built-in defaults (pass --config FILE to use one)",
                defaultConfig.toAbsolutePath());
        return BrokerConfig.defaults();
    }

    private BrokerConfig withOverrides(BrokerConfig loaded) {
        BrokerConfig result = loaded;
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new ParameterException(spec.commandLine(),
                        "Invalid value for option '--port': " + port + " is not a port; expected 0..65535");
            }
            result = result.withPort(port);
        }
        if (data != null) {
            result = result.withDataDirectory(UserPaths.resolve(data));
        }
        if (result.acceptors().isEmpty()) {
            throw new ConfigException("the configuration has no acceptor (<acceptors/>), so clients could not"
                    + " reach this broker; add an <acceptor> to broker.xml or pass --port N");
        }
        return result;
    }

    /**
     * The line that says where the broker listens. Each address is the configured host with the real port: a
     * socket bound to 0.0.0.0 reports the IPv6 wildcard on a dual-stack JVM, which is not what was asked for.
     */
    static String listeningLine(Broker broker) {
        List<AcceptorConfig> acceptors = broker.config().acceptors();
        List<InetSocketAddress> addresses = broker.addresses();
        String uris = IntStream.range(0, addresses.size())
                .mapToObj(i -> acceptors.get(i).withPort(addresses.get(i).getPort()).uri())
                .collect(Collectors.joining(", "));
        return "Petrel broker '" + broker.config().name() + "' listening on " + uris + " (Ctrl-C to stop)";
    }
}
