package dev.petrel.broker.cli;

import dev.petrel.broker.security.PasswordHash;
import dev.petrel.broker.security.UserFiles;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code petrel user add|remove|passwd NAME}: manages the users and roles of the broker's default login module.
 * Passwords are stored as salted PBKDF2 hashes; a running broker picks up the change at the next login.
 * Exit codes: 0 done, 1 the files could not be written, 2 a usage mistake (unknown user, bad name, …).
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Adds, removes or changes users of conf/users.properties and conf/roles.properties.",
            "A running broker sees the change at the next login; no restart needed."},
        subcommands = {UserCommand.Add.class, UserCommand.Remove.class, UserCommand.Passwd.class},
        footerHeading = "%nExamples:%n",
        footer = {"  ./petrel user add alice --role producers --role consumers",
            "  echo \"$PW\" | ./petrel user passwd alice --password-stdin",
            "  ./petrel user remove alice"})
final class UserCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: add, remove or passwd");
    }

    /** Runs {@code change}, turning its failures into the exit codes of the class comment. */
    static int run(CommandSpec spec, String done, Change change) {
        try {
            change.apply();
        } catch (IllegalArgumentException e) {
            return ErrorReport.print(spec, e, ExitCode.USAGE);
        } catch (IOException e) {
            return ErrorReport.print(spec, e, ExitCode.SOFTWARE);
        }
        spec.commandLine().getOut().println(done);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** One change to the files. */
    @FunctionalInterface
    interface Change {
        void apply() throws IOException;
    }

    static String hash(PasswordInput input, String user) throws IOException {
        char[] password = input.read(user);
        try {
            return PasswordHash.hash(password, PasswordHash.DEFAULT_ITERATIONS);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a user with a password and roles.")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "The user name.")
        String name;
        @Option(names = "--role", paramLabel = "ROLE", description = "A role of the user; repeat for several.")
        List<String> roles = List.of();
        @Mixin
        UserFileOptions files;
        @Mixin
        PasswordInput password;

        @Override
        public Integer call() {
            return run(spec, "added user '" + name + "'" + (roles.isEmpty() ? "" : " with roles " + roles), () -> {
                UserFiles.requireName("user", name);
                roles.forEach(r -> UserFiles.requireName("role", r));
                files.files().add(name, hash(password, name), new LinkedHashSet<>(roles));
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a user and its role memberships.")
    static final class Remove implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "The user name.")
        String name;
        @Mixin
        UserFileOptions files;

        @Override
        public Integer call() {
            return run(spec, "removed user '" + name + "'", () -> files.files().remove(name));
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Sets a new password for a user.")
    static final class Passwd implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "The user name.")
        String name;
        @Mixin
        UserFileOptions files;
        @Mixin
        PasswordInput password;

        @Override
        public Integer call() {
            return run(spec, "changed the password of '" + name + "'",
                    () -> files.files().passwd(name, hash(password, name)));
        }
    }
}
