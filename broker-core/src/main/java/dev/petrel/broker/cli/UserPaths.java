package dev.petrel.broker.cli;

import java.nio.file.Path;

/**
 * Resolves a path typed on the command line against the directory the user typed it in. The {@code ./petrel}
 * script changes to the repository root before starting Java (so that {@code conf/broker.xml}, {@code data/}
 * and the relative paths inside broker.xml mean the repository's) and passes the user's directory as the
 * system property {@value #PROPERTY}; without it (Java started directly) the working directory is used.
 */
final class UserPaths {

    /** The system property naming the directory the user ran {@code ./petrel} from. */
    static final String PROPERTY = "petrel.cwd";

    private UserPaths() {
    }

    /** {@code path} itself if absolute, else resolved against the user's directory; always absolute. */
    static Path resolve(Path path) {
        if (path.isAbsolute()) {
            return path;
        }
        String userDirectory = System.getProperty(PROPERTY);
        Path base = userDirectory == null || userDirectory.isBlank() ? Path.of("") : Path.of(userDirectory);
        return base.resolve(path).toAbsolutePath().normalize();
    }
}
