package dev.petrel.broker.cli;

import dev.petrel.broker.security.UserFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The files {@code petrel user} edits: {@code --users} and {@code --roles}, by default the broker's
 * {@code conf/users.properties} and {@code conf/roles.properties}. Mixed into each {@code user} subcommand.
 */
final class UserFileOptions {

    @Option(names = "--users", paramLabel = "FILE",
            description = "The users file (default: conf/users.properties, as in broker.xml's <security>).")
    Path users;

    @Option(names = "--roles", paramLabel = "FILE",
            description = "The roles file (default: conf/roles.properties).")
    Path roles;

    /** The files, with paths typed by the user resolved against the directory they typed them in. */
    UserFiles files() {
        return new UserFiles(users == null ? Path.of("conf", "users.properties") : UserPaths.resolve(users),
                roles == null ? Path.of("conf", "roles.properties") : UserPaths.resolve(roles));
    }
}
