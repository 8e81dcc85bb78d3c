package dev.petrel.broker.security;

import dev.petrel.broker.config.AuthorizationConfig;
import dev.petrel.broker.config.AuthorizationRule;
import dev.petrel.broker.config.Permission;
import dev.petrel.protocol.DestinationRef;
import java.util.List;

/**
 * The broker's authorization rules, evaluated: may a connection with these roles do this on that destination?
 * With authorization off, everything is allowed; with it on, only what some rule grants. Immutable and
 * thread-safe; called once per producer, consumer or temporary destination created, not per message.
 */
final class Authorizer {

    private final boolean enabled;
    private final List<AuthorizationRule> rules;

    Authorizer(AuthorizationConfig config) {
        this.enabled = config.enabled();
        this.rules = config.rules();
    }

    boolean enabled() {
        return enabled;
    }

    boolean allows(SecurityIdentity who, Permission permission, DestinationRef destination) {
        if (!enabled) {
            return true;
        }
        for (AuthorizationRule rule : rules) {
            if (covers(rule.scope(), destination.kind()) && rule.destination().matches(destination.name())
                    && rule.grants(permission, who.roles())) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(AuthorizationRule.Scope scope, DestinationRef.Kind kind) {
        return switch (scope) {
            case QUEUES -> kind == DestinationRef.Kind.QUEUE;
            case TOPICS -> kind == DestinationRef.Kind.TOPIC;
            case QUEUES_AND_TOPICS -> !kind.isTemporary();
            case TEMPORARY -> kind.isTemporary();
        };
    }
}
