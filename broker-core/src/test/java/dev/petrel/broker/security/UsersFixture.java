package dev.petrel.broker.security;

import dev.petrel.broker.config.LoginConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Users, roles and certificate users in files of a fresh temporary directory, for a test broker's login.
 * Passwords are hashed with few iterations so tests stay fast; the format is the real one.
 */
final class UsersFixture {

    final Path directory;
    final Path users;
    final Path roles;
    final Path certificateUsers;

    UsersFixture() {
        try {
            directory = Files.createTempDirectory("petrel-users");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        directory.toFile().deleteOnExit();
        users = directory.resolve("users.properties");
        roles = directory.resolve("roles.properties");
        certificateUsers = directory.resolve("certificateUsers.properties");
    }

    UsersFixture user(String name, String password, String... userRoles) {
        try {
            new UserFiles(users, roles).add(name, PasswordHash.hash(password.toCharArray(), 1000), Set.of(userRoles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    UsersFixture certificateUser(String name, String subject) {
        try {
            Files.writeString(certificateUsers, name + "=" + subject + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The login settings over these files, with the failure delays given. */
    LoginConfig login(Duration failureDelay, Duration maxFailureDelay) {
        return new LoginConfig(users, roles, certificateUsers, null, "PetrelLogin", LoginConfig.DEFAULT_ROLE_PRINCIPAL,
                failureDelay, maxFailureDelay);
    }

    /** The login settings over these files, without failure delays. */
    LoginConfig login() {
        return login(Duration.ZERO, Duration.ZERO);
    }
}
