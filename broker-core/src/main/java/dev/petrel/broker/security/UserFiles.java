package dev.petrel.broker.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Edits {@code users.properties} ({@code user=PBKDF2:…}) and {@code roles.properties} ({@code role=u1,u2}) for
 * {@code petrel user}: changes only the lines of the user concerned, keeps comments and everything else, and
 * replaces each file in one atomic rename, so a broker reading it never sees half a file. A new file is
 * readable by its owner only. Not thread-safe; one command at a time.
 */
public final class UserFiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

    private final Path users;
    private final Path roles;

    public UserFiles(Path users, Path roles) {
        this.users = users;
        this.roles = roles;
    }

    /**
     * @throws IllegalArgumentException unless {@code name} is letters, digits, {@code . _ @ -}
     */
    public static String requireName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a " + what + " name is letters, digits, '.', '_', '@' or '-', "
                    + "starting with a letter or digit; got \"" + name + "\"");
        }
        return name;
    }

    /**
     * Adds a user with its stored password and roles.
     *
     * @throws IllegalArgumentException when the user exists already
     */
    public void add(String user, String storedPassword, Set<String> newRoles) throws IOException {
        List<String> lines = read(users);
        if (find(lines, user) >= 0) {
            throw new IllegalArgumentException("user '" + user + "' exists already in " + users
                    + "; use 'petrel user passwd " + user + "' to change the password");
        }
        lines.add(user + "=" + storedPassword);
        write(users, lines);
        List<String> roleLines = read(roles);
        for (String role : newRoles) {
            int at = find(roleLines, role);
            if (at < 0) {
                roleLines.add(role + "=" + user);
            } else {
                Set<String> members = members(roleLines.get(at));
                members.add(user);
                roleLines.set(at, role + "=" + String.join(",", members));
            }
        }
        write(roles, roleLines);
    }

    /**
     * Replaces a user's stored password.
     *
     * @throws IllegalArgumentException when there is no such user
     */
    public void passwd(String user, String storedPassword) throws IOException {
        List<String> lines = read(users);
        lines.set(requireUser(lines, user), user + "=" + storedPassword);
        write(users, lines);
    }

    /**
     * Removes a user and takes it out of every role; a role left without members is removed.
     *
     * @throws IllegalArgumentException when there is no such user
     */
    public void remove(String user) throws IOException {
        List<String> lines = read(users);
        lines.remove(requireUser(lines, user));
        write(users, lines);
        List<String> roleLines = new ArrayList<>();
        for (String line : read(roles)) {
            int eq = line.indexOf('=');
            if (isComment(line) || eq < 0) {
                roleLines.add(line);
                continue;
            }
            Set<String> members = members(line);
            if (!members.remove(user)) {
                roleLines.add(line);
            } else if (!members.isEmpty()) {
                roleLines.add(line.substring(0, eq).strip() + "=" + String.join(",", members));
            }
        }
        write(roles, roleLines);
    }

    private int requireUser(List<String> lines, String user) {
        int at = find(lines, user);
        if (at < 0) {
            throw new IllegalArgumentException("there is no user '" + user + "' in " + users
                    + "; 'petrel user add " + user + "' creates it");
        }
        return at;
    }

    private static int find(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (!isComment(line) && eq > 0 && line.substring(0, eq).strip().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isComment(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!");
    }

    private static Set<String> members(String line) {
        return Arrays.stream(line.substring(line.indexOf('=') + 1).split(",")).map(String::strip)
                .filter(m -> !m.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> read(Path file) throws IOException {
        return Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>();
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".new");
        try {
            // a temporary file is its owner's only (rw-------); an existing file keeps its permissions
            if (Files.exists(file) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
            }
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
