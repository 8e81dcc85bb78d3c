package dev.petrel.broker.config;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code <rule>} of {@code <authorization>}: which roles may do what on the destinations it matches.
 * Rules add up: a role may do an operation on a destination when any matching rule grants it.
 *
 * @param destination the destinations the rule covers
 * @param scope       the kinds of destination the rule covers
 * @param roles       for each permission the roles granted it; the role {@value #EVERYONE} stands for every
 *                    connection, anonymous ones included
 */
public record AuthorizationRule(DestinationPattern destination, Scope scope, Map<Permission, Set<String>> roles) {

    /** The role that every connection has. */
    public static final String EVERYONE = "*";

    /** The kinds of destination a rule covers; {@code type} in broker.xml. */
    public enum Scope {
        /** {@code type="queue"}. */
        QUEUES,
        /** {@code type="topic"}. */
        TOPICS,
        /** No {@code type}: queues and topics, but not temporary destinations. */
        QUEUES_AND_TOPICS,
        /** {@code type="temporary"}: temporary queues and topics. */
        TEMPORARY
    }

    public AuthorizationRule {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(scope, "scope");
        Map<Permission, Set<String>> copy = new EnumMap<>(Permission.class);
        roles.forEach((permission, granted) -> copy.put(permission, Set.copyOf(granted)));
        roles = Map.copyOf(copy);
    }

    /** Whether this rule grants {@code permission} to a connection with {@code connectionRoles}. */
    public boolean grants(Permission permission, Set<String> connectionRoles) {
        Set<String> granted = roles.getOrDefault(permission, Set.of());
        return granted.contains(EVERYONE) || connectionRoles.stream().anyMatch(granted::contains);
    }
}
