package dev.petrel.broker.security;

import java.security.Principal;
import java.util.Objects;

/**
 * The user a {@link PropertiesLoginModule} logged in.
 *
 * @param name the user name
 */
public record UserPrincipal(String name) implements Principal {

    public UserPrincipal {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String getName() {
        return name;
    }
}
