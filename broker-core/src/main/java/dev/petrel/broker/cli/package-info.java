/**
 * The {@code petrel} command line, run by the {@code ./petrel} launcher at the repository root:
 * {@link dev.petrel.broker.cli.PetrelCli} and one small picocli command class per subcommand
 * ({@code broker}, {@code produce}, {@code consume}, {@code perf}), plus the pieces they share (client options,
 * progress display, error reporting, value converters).
 *
 * <p>Belongs here: parsing arguments, turning them into a {@code BrokerConfig} or JMS calls, and what the
 * operator sees (progress, summaries, error messages, exit codes: 0 success, 1 a failure at run time, 2 a
 * usage or configuration mistake). Does not belong here: broker logic. The broker is started through
 * {@link dev.petrel.broker.Broker#start}, and {@code produce}/{@code consume}/{@code perf} talk to a broker only through
 * the standard {@code jakarta.jms} API of the Petrel client, like any application would.
 *
 * <p>Commands print through {@code spec.commandLine().getOut()/getErr()}, never {@code System.out}, so
 * tests run them in-JVM with captured output.
 */
package dev.petrel.broker.cli;
