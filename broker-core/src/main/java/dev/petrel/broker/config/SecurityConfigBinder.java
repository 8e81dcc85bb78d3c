package dev.petrel.broker.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Binds the security-related elements of broker.xml: {@code <security>} with its {@code <authorization>},
 * an acceptor's {@code <tls>} and {@code <limits>}. Absent values come from the records' {@code defaults()}.
 * Stateless.
 */
final class SecurityConfigBinder {

    private SecurityConfigBinder() {
    }

    static SecurityConfig security(ElementReader e) {
        SecurityConfig d = SecurityConfig.defaults();
        boolean anonymous = e.attribute("anonymous", ConfigValues::parseBoolean, d.anonymous());
        boolean populate = e.attribute("populateJmsxUserId", ConfigValues::parseBoolean, d.populateJmsxUserId());
        LoginConfig login = login(e);
        AuthorizationConfig authorization = e.child("authorization").map(SecurityConfigBinder::authorization)
                .orElse(d.authorization());
        return e.build(() -> new SecurityConfig(anonymous, populate, login, authorization));
    }

    private static LoginConfig login(ElementReader e) {
        LoginConfig d = LoginConfig.defaults();
        Path users = e.attribute("usersFile", SecurityConfigBinder::path, d.usersFile());
        Path roles = e.attribute("rolesFile", SecurityConfigBinder::path, d.rolesFile());
        Path certificateUsers = e.attribute("certificateUsersFile", SecurityConfigBinder::path,
                d.certificateUsersFile());
        Path jaas = e.attribute("jaasConfiguration", SecurityConfigBinder::path, d.jaasConfiguration());
        String domain = e.attribute("jaasDomain", SecurityConfigBinder::word, d.jaasDomain());
        String rolePrincipal = e.attribute("rolePrincipalClass", SecurityConfigBinder::word,
                d.rolePrincipalClass());
        var delay = e.attribute("loginFailureDelay", ConfigValues::parseDuration, d.failureDelay());
        var maxDelay = e.attribute("maxLoginFailureDelay", ConfigValues::parseDuration, d.maxFailureDelay());
        return e.build(() -> new LoginConfig(users, roles, certificateUsers, jaas, domain, rolePrincipal, delay,
                maxDelay));
    }

    private static AuthorizationConfig authorization(ElementReader e) {
        return AuthorizationConfig.of(e.children("rule").stream().map(SecurityConfigBinder::rule).toList());
    }

    private static AuthorizationRule rule(ElementReader e) {
        // destination is required by the schema
        DestinationPattern destination = e.attribute("destination", t -> new DestinationPattern(t.strip()), null);
        AuthorizationRule.Scope scope = e.attribute("type", SecurityConfigBinder::scope,
                AuthorizationRule.Scope.QUEUES_AND_TOPICS);
        Map<Permission, Set<String>> roles = new EnumMap<>(Permission.class);
        for (Permission permission : Permission.values()) {
            roles.put(permission, e.attribute(permission.attribute(), SecurityConfigBinder::roles, Set.of()));
        }
        return e.build(() -> new AuthorizationRule(destination, scope, roles));
    }

    static TlsConfig tls(ElementReader e) {
        // keyStore and keyStorePassword are required by the schema
        Path keyStore = e.attribute("keyStore", SecurityConfigBinder::path, null);
        String keyStorePassword = e.attribute("keyStorePassword", Function.identity(), null);
        Path trustStore = e.attribute("trustStore", SecurityConfigBinder::path, null);
        String trustStorePassword = e.attribute("trustStorePassword", Function.identity(), null);
        TlsConfig.ClientAuth clientAuth = e.attribute("clientAuth", t -> choice(TlsConfig.ClientAuth.values(), t,
                "none, want or need"), TlsConfig.ClientAuth.NONE);
        return e.build(() -> new TlsConfig(keyStore, keyStorePassword, trustStore, trustStorePassword, clientAuth));
    }

    static LimitsConfig limits(ElementReader e) {
        LimitsConfig d = LimitsConfig.defaults();
        int connections = e.attribute("maxConnections", LimitsConfig::parseLimit, d.maxConnections());
        int perAddress = e.attribute("maxConnectionsPerAddress", LimitsConfig::parseLimit,
                d.maxConnectionsPerAddress());
        int producers = e.attribute("maxProducersPerConnection", LimitsConfig::parseLimit,
                d.maxProducersPerConnection());
        int consumers = e.attribute("maxConsumersPerConnection", LimitsConfig::parseLimit,
                d.maxConsumersPerConnection());
        return e.build(() -> new LimitsConfig(connections, perAddress, producers, consumers));
    }

    private static AuthorizationRule.Scope scope(String text) {
        return switch (text.strip()) {
            case "queue" -> AuthorizationRule.Scope.QUEUES;
            case "topic" -> AuthorizationRule.Scope.TOPICS;
            case "temporary" -> AuthorizationRule.Scope.TEMPORARY;
            default -> throw new IllegalArgumentException("expected queue, topic or temporary (leave type out for "
                    + "both queues and topics)");
        };
    }

    /** A comma-separated list of role names; {@code *} means every connection. */
    private static Set<String> roles(String text) {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : text.split(",")) {
            if (!role.isBlank()) {
                roles.add(role.strip());
            }
        }
        return roles;
    }

    private static Path path(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("expected a file path");
        }
        return Path.of(text.strip());
    }

    private static String word(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("expected a name");
        }
        return text.strip();
    }

    private static <E extends Enum<E>> E choice(E[] values, String text, String expected) {
        String wanted = text.strip();
        return Arrays.stream(values).filter(v -> v.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected " + expected));
    }

    /** For {@link BrokerConfigBinder}: the {@code <tls>} child of an acceptor, or null. */
    static TlsConfig tlsOf(ElementReader acceptor) {
        List<ElementReader> tls = acceptor.children("tls");
        return tls.isEmpty() ? null : tls(tls.get(0));
    }
}
