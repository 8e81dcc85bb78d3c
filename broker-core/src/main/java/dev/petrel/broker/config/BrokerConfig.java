package dev.petrel.broker.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The whole broker configuration, as bound from {@code conf/broker.xml} or built in code for an
 * embedded broker. Immutable; the {@code with...} methods return modified copies (the launcher uses
 * them for {@code --port} and {@code --data}).
 *
 * @param name          the broker's name, shown to clients in the handshake and used in JMX names and
 *                      {@code vm://} URIs; letters, digits, {@code .}, {@code _} and {@code -}
 * @param dataDirectory where the store keeps its files; a relative path is resolved against the
 *                      working directory of the broker process (not the config file's directory)
 * @param acceptors     where the broker listens for clients; may be empty (only {@code vm://} then)
 * @param protocol      wire protocol limits and timeouts
 * @param destinations  how destinations come into existence
 * @param security      authentication, authorization and JMSXUserID
 * @param limits        how much one client may take of the broker
 * @param persistence   whether persistent messages are kept in the store (and recovered at start)
 * @param management    JMX: whether remote clients (the {@code petrel} CLI) may connect, and where
 */
public record BrokerConfig(String name, Path dataDirectory, List<AcceptorConfig> acceptors, ProtocolConfig protocol,
        DestinationPolicy destinations, SecurityConfig security, LimitsConfig limits,
        PersistenceConfig persistence, ManagementConfig management) {

    // The name ends up in JMX ObjectNames, thread names and vm:// URIs, which all dislike odd characters.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public BrokerConfig {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be letters, digits, '.', '_' or '-' (starting with a letter"
                    + " or digit), got \"" + name + "\"");
        }
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        acceptors = AcceptorConfig.requireUniqueNames(List.copyOf(acceptors));
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(destinations, "destinations");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(persistence, "persistence");
        Objects.requireNonNull(management, "management");
    }

    /** A configuration with the default management settings. */
    public BrokerConfig(String name, Path dataDirectory, List<AcceptorConfig> acceptors, ProtocolConfig protocol,
            DestinationPolicy destinations, SecurityConfig security, LimitsConfig limits,
            PersistenceConfig persistence) {
        this(name, dataDirectory, acceptors, protocol, destinations, security, limits, persistence,
                ManagementConfig.defaults());
    }

    /** A configuration with the default security and limits. */
    public BrokerConfig(String name, Path dataDirectory, List<AcceptorConfig> acceptors, ProtocolConfig protocol,
            DestinationPolicy destinations) {
        this(name, dataDirectory, acceptors, protocol, destinations, SecurityConfig.defaults(),
                LimitsConfig.defaults(), PersistenceConfig.defaults());
    }

    /** The configuration an empty {@code <broker/>} gives; the one place the broker-level defaults live. */
    public static BrokerConfig defaults() {
        return new BrokerConfig("petrel", Path.of("data"), List.of(AcceptorConfig.defaults()),
                ProtocolConfig.defaults(), DestinationPolicy.defaults(), SecurityConfig.defaults(),
                LimitsConfig.defaults(), PersistenceConfig.defaults(), ManagementConfig.defaults());
    }

    /**
     * A copy listening on {@code port} instead: the first acceptor's port is replaced, or, if there are no
     * acceptors, the default acceptor is added with that port. Port 0 asks for an ephemeral port.
     */
    public BrokerConfig withPort(int port) {
        List<AcceptorConfig> changed = new ArrayList<>(acceptors);
        if (changed.isEmpty()) {
            changed.add(AcceptorConfig.defaults().withPort(port));
        } else {
            changed.set(0, changed.get(0).withPort(port));
        }
        return withAcceptors(changed);
    }

    /** A copy with the store under {@code directory}. */
    public BrokerConfig withDataDirectory(Path directory) {
        return new BrokerConfig(name, directory, acceptors, protocol, destinations, security, limits, persistence,
                management);
    }

    /** A copy with another name. */
    public BrokerConfig withName(String newName) {
        return new BrokerConfig(newName, dataDirectory, acceptors, protocol, destinations, security, limits,
                persistence, management);
    }

    /** A copy with these acceptors instead. */
    public BrokerConfig withAcceptors(List<AcceptorConfig> newAcceptors) {
        return new BrokerConfig(name, dataDirectory, newAcceptors, protocol, destinations, security, limits,
                persistence, management);
    }

    /** A copy with other protocol settings. */
    public BrokerConfig withProtocol(ProtocolConfig newProtocol) {
        return new BrokerConfig(name, dataDirectory, acceptors, newProtocol, destinations, security, limits,
                persistence, management);
    }

    /** A copy with another destination policy. */
    public BrokerConfig withDestinations(DestinationPolicy newDestinations) {
        return new BrokerConfig(name, dataDirectory, acceptors, protocol, newDestinations, security, limits,
                persistence, management);
    }

    /** A copy with other security settings. */
    public BrokerConfig withSecurity(SecurityConfig newSecurity) {
        return new BrokerConfig(name, dataDirectory, acceptors, protocol, destinations, newSecurity, limits,
                persistence, management);
    }

    /** A copy with other limits. */
    public BrokerConfig withLimits(LimitsConfig newLimits) {
        return new BrokerConfig(name, dataDirectory, acceptors, protocol, destinations, security, newLimits,
                persistence, management);
    }

    /** A copy with persistence switched on or off. */
    public BrokerConfig withPersistence(PersistenceConfig newPersistence) {
        return new BrokerConfig(name, dataDirectory, acceptors, protocol, destinations, security, limits,
                newPersistence, management);
    }

    /** A copy with other management settings. */
    public BrokerConfig withManagement(ManagementConfig newManagement) {
        return new BrokerConfig(name, dataDirectory, acceptors, protocol, destinations, security, limits,
                persistence, newManagement);
    }
}
