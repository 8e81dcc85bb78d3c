package dev.petrel.broker.security;

import java.security.Principal;
import java.util.Objects;

/**
 * A role of the logged-in user, as {@link PropertiesLoginModule} adds them; the default
 * {@code rolePrincipalClass}. A site's own login module may add these too, or name its own class.
 *
 * @param name the role name used in authorization rules
 */
public record RolePrincipal(String name) implements Principal {

    public RolePrincipal {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String getName() {
        return name;
    }
}
