package dev.petrel.broker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.security.PasswordHash;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code petrel user add|passwd|remove} on real files, the password piped in with --password-stdin. */
class UserCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String stdin, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--users", dir.resolve("users.properties").toString(), "--roles",
            dir.resolve("roles.properties").toString()}, 0, all, args.length, 4);
        return CliRun.of(cli -> {
            for (String sub : new String[] {"add", "passwd"}) {
                CommandLine command = cli.getSubcommands().get("user").getSubcommands().get(sub);
                command.getMixins().values().stream()
                        .filter(PasswordInput.class::isInstance).map(PasswordInput.class::cast)
                        .forEach(p -> p.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
        }, all);
    }

    private Properties read(String file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve(file))) {
            p.load(in);
        }
        return p;
    }

    @Test
    void addPasswdRemove() throws IOException {
        Files.writeString(dir.resolve("roles.properties"), "# roles\nadmins=root\n");
        CliRun added = run("first\n", "user", "add", "alice", "--role", "admins", "--role", "producers",
                "--password-stdin");
        assertThat(added.exitCode()).as(added.err()).isZero();
        String stored = read("users.properties").getProperty("alice");
        assertThat(stored).startsWith("PBKDF2:" + PasswordHash.DEFAULT_ITERATIONS + ":");
        assertThat(PasswordHash.verify("first".toCharArray(), stored)).isTrue();
        assertThat(read("roles.properties").getProperty("admins")).isEqualTo("root,alice");
        assertThat(read("roles.properties").getProperty("producers")).isEqualTo("alice");
        assertThat(Files.readString(dir.resolve("roles.properties"))).startsWith("# roles");

        assertThat(run("second\n", "user", "passwd", "alice", "--password-stdin").exitCode()).isZero();
        assertThat(PasswordHash.verify("second".toCharArray(), read("users.properties").getProperty("alice")))
                .isTrue();

        assertThat(run("", "user", "remove", "alice").exitCode()).isZero();
        assertThat(read("users.properties").getProperty("alice")).isNull();
        assertThat(read("roles.properties").getProperty("admins")).isEqualTo("root");
        assertThat(read("roles.properties").getProperty("producers")).isNull();
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatToDo() {
        assertThat(run("pw\n", "user", "add", "bob", "--password-stdin").exitCode()).isZero();
        CliRun again = run("pw\n", "user", "add", "bob", "--password-stdin");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("exists already").contains("user passwd bob");
        assertThat(run("", "user", "remove", "nobody").err()).contains("no user 'nobody'");
        assertThat(run("\n", "user", "add", "carol", "--password-stdin").err()).contains("must not be empty");
        assertThat(run("pw\n", "user", "add", "bad=name", "--password-stdin").err()).contains("a user name is");
    }
}
