package dev.petrel.broker.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who a connection is, once logged in: the user name and the roles authorization rules grant to.
 *
 * @param user      the user name; {@value #ANONYMOUS_NAME} for an anonymous connection
 * @param roles     the user's roles; an anonymous connection has the one role {@value #ANONYMOUS_NAME}
 * @param anonymous whether the connection did not log in
 */
public record SecurityIdentity(String user, Set<String> roles, boolean anonymous) {

    /** The user name and role of anonymous connections. */
    public static final String ANONYMOUS_NAME = "anonymous";

    /** An anonymous connection. */
    public static final SecurityIdentity ANONYMOUS = new SecurityIdentity(ANONYMOUS_NAME, Set.of(ANONYMOUS_NAME),
            true);

    public SecurityIdentity {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
    }

    /** A logged-in user with these roles. */
    public static SecurityIdentity user(String name, Set<String> roles) {
        return new SecurityIdentity(name, roles, false);
    }
}
