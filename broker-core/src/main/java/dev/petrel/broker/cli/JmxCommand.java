package dev.petrel.broker.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that manages a running broker over JMX: it connects with {@code --jmx-url}, lets the subclass do its
 * work and print, and turns any failure into one plain line and exit code 1 ({@link JmxOptions#run}).
 */
abstract class JmxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    JmxOptions jmx;

    @Override
    public final Integer call() {
        return jmx.run(spec, client -> {
            PrintWriter out = spec.commandLine().getOut();
            run(client, out);
            out.flush();
            return 0;
        });
    }

    /** The command's work against the connected broker; what it prints goes to {@code out}. */
    abstract void run(JmxClient client, PrintWriter out);
}
