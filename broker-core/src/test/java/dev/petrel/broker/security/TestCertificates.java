package dev.petrel.broker.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A test PKI made with the JDK's {@code keytool} (the commands docs/security.md shows), once per test JVM in a
 * temporary directory: a CA, a server certificate it signed for {@code localhost} and {@code 127.0.0.1}, a client
 * certificate {@code CN=alice,O=Acme}, an expired server certificate, and a second, unrelated CA. All stores are
 * PKCS#12 with the password {@value #PASSWORD}. The three certificate chains are made in parallel.
 */
final class TestCertificates {

    static final String PASSWORD = "changeit";
    static final String CLIENT_SUBJECT = "CN=alice,O=Acme";

    private static TestCertificates instance;

    final Path directory;

    private TestCertificates(Path directory) {
        this.directory = directory;
    }

    /** The PKI, made on first use. */
    static synchronized TestCertificates get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("petrel-pki");
                dir.toFile().deleteOnExit();
                instance = new TestCertificates(dir);
                instance.make();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    Path file(String name) {
        Path file = directory.resolve(name);
        file.toFile().deleteOnExit();
        return file;
    }

    private void make() {
        newCa("ca", "CN=Petrel Test CA");
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> signed("server", "CN=localhost", "ca",
                        List.of("-ext", "SAN=DNS:localhost,IP:127.0.0.1", "-validity", "30"))),
                CompletableFuture.runAsync(() -> signed("client", CLIENT_SUBJECT, "ca", List.of("-validity", "30"))),
                CompletableFuture.runAsync(() -> signed("expired", "CN=localhost", "ca",
                        List.of("-ext", "SAN=DNS:localhost,IP:127.0.0.1", "-startdate", "-3d", "-validity", "1"))),
                CompletableFuture.runAsync(() -> newCa("other-ca", "CN=Some Other CA"))).join();
    }

    /** {@code NAME.p12} with a self-signed CA key, {@code NAME.pem} its certificate, {@code NAME-trust.p12}. */
    private void newCa(String name, String subject) {
        keytool("-genkeypair", "-keystore", name + ".p12", "-alias", name, "-dname", subject, "-keyalg", "EC",
                "-groupname", "secp256r1", "-ext", "bc:c", "-validity", "30");
        keytool("-exportcert", "-keystore", name + ".p12", "-alias", name, "-rfc", "-file", name + ".pem");
        keytool("-importcert", "-keystore", name + "-trust.p12", "-alias", name, "-file", name + ".pem",
                "-noprompt");
    }

    /** {@code NAME.p12} with a key and a certificate for {@code subject} signed by CA {@code ca}. */
    private void signed(String name, String subject, String ca, List<String> signOptions) {
        keytool("-genkeypair", "-keystore", name + ".p12", "-alias", name, "-dname", subject, "-keyalg", "EC",
                "-groupname", "secp256r1");
        keytool("-certreq", "-keystore", name + ".p12", "-alias", name, "-file", name + ".csr");
        List<String> sign = new ArrayList<>(List.of("-gencert", "-keystore", ca + ".p12", "-alias", ca,
                "-infile", name + ".csr", "-outfile", name + ".pem", "-rfc"));
        sign.addAll(signOptions);
        keytool(sign.toArray(String[]::new));
        keytool("-importcert", "-keystore", name + ".p12", "-alias", ca, "-file", ca + ".pem", "-noprompt");
        keytool("-importcert", "-keystore", name + ".p12", "-alias", name, "-file", name + ".pem");
    }

    private void keytool(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-J-XX:TieredStopAtLevel=1", "-J-Xshare:auto", "-storetype", "PKCS12",
                "-storepass", PASSWORD));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (String arg : args) {
            if (arg.endsWith(".p12") || arg.endsWith(".pem") || arg.endsWith(".csr")) {
                file(arg);
            }
        }
    }
}
