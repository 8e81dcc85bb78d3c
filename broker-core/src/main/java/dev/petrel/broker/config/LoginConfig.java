package dev.petrel.broker.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the broker checks who a connection is: the attributes of {@code <security>} about login. Relative
 * paths are resolved against the working directory of the broker process, as {@code dataDirectory} is.
 *
 * @param usersFile            {@code user=PBKDF2:iterations:salt:hash} lines, written by {@code petrel user}
 * @param rolesFile            {@code role=user1,user2} lines
 * @param certificateUsersFile {@code user=CN=alice,O=Acme} lines: which TLS client certificate subject is which
 *                             user
 * @param jaasConfiguration    a JAAS login configuration file of the site's own, or null for the built-in
 *                             properties login module over the three files above
 * @param jaasDomain           the entry of {@code jaasConfiguration} to use
 * @param rolePrincipalClass   the class of the principals a login module adds for roles
 * @param failureDelay         the delay of the answer to the second failed login in a row from one address;
 *                             it doubles with each further failure
 * @param maxFailureDelay      the longest such delay
 */
public record LoginConfig(Path usersFile, Path rolesFile, Path certificateUsersFile, Path jaasConfiguration,
        String jaasDomain, String rolePrincipalClass, Duration failureDelay, Duration maxFailureDelay) {

    /** The principal class of the built-in login module's roles. */
    public static final String DEFAULT_ROLE_PRINCIPAL = "dev.petrel.broker.security.RolePrincipal";

    public LoginConfig {
        Objects.requireNonNull(usersFile, "usersFile");
        Objects.requireNonNull(rolesFile, "rolesFile");
        Objects.requireNonNull(certificateUsersFile, "certificateUsersFile");
        Objects.requireNonNull(jaasDomain, "jaasDomain");
        Objects.requireNonNull(rolePrincipalClass, "rolePrincipalClass");
        if (failureDelay.isNegative() || maxFailureDelay.compareTo(failureDelay) < 0) {
            throw new IllegalArgumentException("expected 0 <= loginFailureDelay <= maxLoginFailureDelay, got "
                    + failureDelay.toMillis() + "ms and " + maxFailureDelay.toMillis() + "ms");
        }
    }

    /** The login settings an empty {@code <broker/>} gets; the one place their defaults live. */
    public static LoginConfig defaults() {
        return new LoginConfig(Path.of("conf", "users.properties"), Path.of("conf", "roles.properties"),
                Path.of("conf", "certificateUsers.properties"), null, "PetrelLogin", DEFAULT_ROLE_PRINCIPAL,
                Duration.ofMillis(500), Duration.ofSeconds(10));
    }
}
