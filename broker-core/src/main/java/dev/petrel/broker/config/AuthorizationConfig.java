package dev.petrel.broker.config;

import java.util.List;

/**
 * The {@code <authorization>} section: off when absent (every connection may do everything); when present,
 * an operation is allowed only when one of the rules grants it to one of the connection's roles.
 *
 * @param enabled whether authorization is checked at all
 * @param rules   the rules, in file order (their order does not matter: they add up)
 */
public record AuthorizationConfig(boolean enabled, List<AuthorizationRule> rules) {

    public AuthorizationConfig {
        rules = List.copyOf(rules);
    }

    /** No {@code <authorization>}: nothing is checked. */
    public static AuthorizationConfig off() {
        return new AuthorizationConfig(false, List.of());
    }

    /** Authorization with these rules; anything they do not grant is refused. */
    public static AuthorizationConfig of(List<AuthorizationRule> rules) {
        return new AuthorizationConfig(true, rules);
    }
}
