package dev.petrel.itests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone broker in its own JVM, started the way {@code ./petrel broker} starts it (the same main class
 * and arguments), on an ephemeral port. {@link #kill()} is {@code kill -9}; {@link #stop()} is SIGTERM.
 */
public final class BrokerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on tcp://[^ ]*:(\\d+)");
    private static final Pattern ACCEPTING_AFTER = Pattern.compile("listening on .*, (\\d+) ms after its JVM started");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Thread reader;

    private BrokerProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "broker-process-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a broker with its data under {@code dataDir} and waits until it accepts clients.
     *
     * @param port 0 for an ephemeral port, or a fixed one to restart on the same address
     */
    public static BrokerProcess start(Path dataDir, int port, Duration timeout) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m",
                "-Dlogback.configurationFile=" + Path.of("../conf/logback.xml").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "dev.petrel.broker.cli.PetrelCli", "broker",
                "--config", Path.of("../conf/broker.xml").toAbsolutePath().toString(),
                "--port", String.valueOf(port), "--data", dataDir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BrokerProcess broker = new BrokerProcess(process);
        broker.awaitPort(timeout);
        return broker;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // the process is gone; exitValue tells why
        }
        port.completeExceptionally(new IllegalStateException("broker process ended before listening:\n"
                + String.join("\n", output)));
    }

    private void awaitPort(Duration timeout) throws IOException {
        try {
            port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("broker did not listen within " + timeout + ":\n" + String.join("\n", output), e);
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public int port() {
        return port.join();
    }

    public String url(String... options) {
        return "tcp://127.0.0.1:" + port() + (options.length == 0 ? "" : "?" + String.join("&", options));
    }

    public long pid() {
        return process.pid();
    }

    /** How long after its JVM started the broker accepted clients, as its "listening on" log line says. */
    public long acceptingAfterJvmStartMillis() {
        return output.stream().map(ACCEPTING_AFTER::matcher).filter(Matcher::find).findFirst()
                .map(m -> Long.parseLong(m.group(1)))
                .orElseThrow(() -> new IllegalStateException("the broker logged no \"listening on ..., N ms after its"
                        + " JVM started\" line:\n" + String.join("\n", output)));
    }

    /** Everything the broker printed so far. */
    public List<String> output() {
        return List.copyOf(output);
    }

    /** {@code kill -9}: no shutdown hook, no flush, nothing. Waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, the way Ctrl-C or a service manager stops the broker; returns the exit code. */
    public int stop(Duration timeout) throws InterruptedException {
        // the handle only signals; Process.destroy() would also close our end of the output pipe and lose
        // what the broker prints while it stops
        process.toHandle().destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("broker did not stop within " + timeout + " of SIGTERM");
        }
        reader.join(timeout.toMillis()); // the last lines it printed
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
