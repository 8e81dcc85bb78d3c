package dev.petrel.itests.xa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashApp} in a child JVM with the test class path. Its stdout is the synchronizer: {@link #await}
 * blocks until it prints a line starting with the given text; {@link #answer} lets it go on after a point.
 */
final class AppProcess implements AutoCloseable {

    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> output = new CopyOnWriteArrayList<>();

    private AppProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "crash-app-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static AppProcess start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dlogback.configurationFile=" + Path.of("../conf/logback.xml").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), CrashApp.class.getName()));
        command.addAll(List.of(args));
        return new AppProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                lines.add(line);
            }
        } catch (IOException e) {
            // the process is gone
        }
        lines.add(END);
    }

    /** Waits for a line starting with {@code prefix}. */
    void await(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || END.equals(line)) {
                throw new AssertionError("the application did not print '" + prefix + "' "
                        + (line == null ? "within " + timeout : "before it ended") + ":\n" + String.join("\n", output));
            }
            if (line.startsWith(prefix)) {
                return;
            }
        }
    }

    /** Lets the application go on from the point it announced. */
    void answer() throws IOException {
        OutputStream in = process.getOutputStream();
        in.write('\n');
        in.flush();
    }

    /** Waits until the process has ended. */
    void awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the application did not end within " + timeout + ":\n"
                    + String.join("\n", output));
        }
    }

    /** {@code kill -9}. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
