package dev.petrel.broker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * One in-JVM run of the {@code petrel} command line with captured output: {@code CliRun.of("produce", ...)}.
 *
 * @param exitCode what {@code main} would pass to {@code System.exit}
 * @param out      what the command printed to standard output
 * @param err      what the command printed to standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return of(cli -> { }, args);
    }

    /** Runs with {@code setUp} applied to the command line first (for example to reach a subcommand object). */
    static CliRun of(Consumer<CommandLine> setUp, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PetrelCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        setUp.accept(cli);
        int exitCode = cli.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The {@code broker} subcommand object of {@code cli}, to give it test hooks. */
    static BrokerCommand brokerCommand(CommandLine cli) {
        return cli.getSubcommands().get("broker").getCommand();
    }
}
