package dev.petrel.broker.cli;

import jakarta.jms.JMSException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a failure the way an operator wants it: one line on standard error, {@code petrel COMMAND: message},
 * with the messages of its causes (and of a JMS linked exception) appended, never a stack trace. Stateless.
 */
final class ErrorReport {

    private ErrorReport() {
    }

    /** Prints {@code failure} for the command of {@code spec} and returns {@code exitCode}. */
    static int print(CommandSpec spec, Throwable failure, int exitCode) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + describe(failure));
        err.flush();
        return exitCode;
    }

    /** The messages of {@code failure} and its causes, each once, joined by {@code ": "}. */
    static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < 5; t = next(t)) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (parts.stream().noneMatch(seen -> seen.contains(message))) {
                parts.add(message);
            }
        }
        return String.join(": ", parts);
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() == null && t instanceof JMSException jms) {
            return jms.getLinkedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
