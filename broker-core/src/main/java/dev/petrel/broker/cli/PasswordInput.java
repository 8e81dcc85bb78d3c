package dev.petrel.broker.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * Where {@code petrel user add|passwd} gets the password: typed twice at the console without echo, or with
 * {@code --password-stdin} the first line of standard input (for scripts: {@code echo "$PW" | petrel user add
 * alice --password-stdin}). Never from the command line, where it would end up in the shell history and the
 * process list. Mixed into the subcommands that set a password; used on the command's thread.
 */
final class PasswordInput {

    @Option(names = "--password-stdin",
            description = "Read the password from the first line of standard input instead of the console.")
    boolean fromStdin;

    /** For tests: what {@code --password-stdin} reads. */
    InputStream stdin = System.in;

    /**
     * Reads the password for {@code user}.
     *
     * @throws IllegalArgumentException when there is none, it is empty or the two console entries differ
     */
    char[] read(String user) throws IOException {
        char[] password = fromStdin ? firstLine() : fromConsole(user);
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("the password of '" + user + "' must not be empty");
        }
        return password;
    }

    private char[] firstLine() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? null : line.toCharArray();
    }

    private static char[] fromConsole(String user) {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("there is no console to type the password at; pipe it in with "
                    + "--password-stdin");
        }
        char[] first = console.readPassword("Password for %s: ", user);
        char[] again = console.readPassword("Again: ");
        try {
            if (first == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the two passwords differ; nothing was changed");
            }
            return first.clone();
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }
}
