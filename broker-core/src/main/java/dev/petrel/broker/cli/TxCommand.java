package dev.petrel.broker.cli;

import dev.petrel.broker.tx.XaBranches;
import dev.petrel.jms.PetrelXAConnection;
import dev.petrel.jms.PetrelXAConnectionFactory;
import dev.petrel.jms.PetrelXAResource;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code petrel tx list|commit|rollback}: the in-doubt (prepared) XA branches of a running broker, and an
 * operator's heuristic decision on one of them when its transaction manager is gone for good. An admin client
 * over the Petrel protocol (XA_RECOVER, XA_COMMIT, XA_ROLLBACK); the broker logs every decision as a WARN.
 * Exit codes: 0 done, 1 the broker refused or could not be reached, 2 a usage mistake.
 */
@Command(name = "tx", mixinStandardHelpOptions = true,
        description = {"Lists the broker's in-doubt XA branches, or commits or rolls one back by hand.",
            "Only when the transaction manager cannot recover it: the decision is heuristic."},
        subcommands = {TxCommand.ListBranches.class, TxCommand.Commit.class, TxCommand.Rollback.class},
        footerHeading = "%nExamples:%n",
        footer = {"  ./petrel tx list --url tcp://broker:61616",
            "  ./petrel tx commit 131077:0a0b…:0c0d… --url tcp://broker:61616"})
final class TxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: list, commit or rollback");
    }

    /** What one subcommand does with the broker's recovery resource. */
    @FunctionalInterface
    interface Action {
        String apply(PetrelXAResource broker) throws XAException;
    }

    /** The options and connection every subcommand shares. */
    abstract static class Sub implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--url", paramLabel = "URI", defaultValue = "tcp://localhost:61616",
                description = "The broker to connect to (default: ${DEFAULT-VALUE}).")
        String url;

        int run(Action action) {
            try {
                PetrelXAConnection connection = new PetrelXAConnectionFactory(url).createXAConnection();
                try {
                    connection.setClientID(XaBranches.OPERATOR_CLIENT_PREFIX + "-" + UUID.randomUUID());
                    spec.commandLine().getOut().print(action.apply(connection.recoveryResource()));
                    spec.commandLine().getOut().flush();
                } finally {
                    connection.close();
                }
                return ExitCode.OK;
            } catch (XAException e) {
                return ErrorReport.print(spec, new IllegalStateException("the broker refused: " + code(e), e),
                        ExitCode.SOFTWARE);
            } catch (Exception e) {
                return ErrorReport.print(spec, e, ExitCode.SOFTWARE);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints the prepared branches: id (format:gtrid:bqual, hex), format id, gtrid, bqual.")
    static final class ListBranches extends Sub {
        @Override
        public Integer call() {
            return run(broker -> {
                StringBuilder out = new StringBuilder();
                for (Xid xid : broker.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN)) {
                    out.append(id(xid)).append("  format ").append(xid.getFormatId()).append("  gtrid ")
                            .append(HEX.formatHex(xid.getGlobalTransactionId())).append("  bqual ")
                            .append(HEX.formatHex(xid.getBranchQualifier())).append(System.lineSeparator());
                }
                return out.isEmpty() ? "no in-doubt XA branches" + System.lineSeparator() : out.toString();
            });
        }
    }

    @Command(name = "commit", mixinStandardHelpOptions = true,
            description = "Commits one prepared branch (heuristic decision by the operator).")
    static final class Commit extends Sub {
        @Parameters(paramLabel = "ID", description = "The branch as 'tx list' prints it.")
        String id;

        @Override
        public Integer call() {
            Xid xid = parse(spec, id);
            return run(broker -> {
                broker.commit(xid, false);
                return "committed " + id + System.lineSeparator();
            });
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Rolls back one prepared branch (heuristic decision by the operator).")
    static final class Rollback extends Sub {
        @Parameters(paramLabel = "ID", description = "The branch as 'tx list' prints it.")
        String id;

        @Override
        public Integer call() {
            Xid xid = parse(spec, id);
            return run(broker -> {
                broker.rollback(xid);
                return "rolled back " + id + System.lineSeparator();
            });
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    /** A branch as the operator names it. */
    private record OperatorXid(int getFormatId, byte[] getGlobalTransactionId, byte[] getBranchQualifier)
            implements Xid {
    }

    static String id(Xid xid) {
        return xid.getFormatId() + ":" + HEX.formatHex(xid.getGlobalTransactionId()) + ":"
                + HEX.formatHex(xid.getBranchQualifier());
    }

    static Xid parse(CommandSpec spec, String id) {
        String[] parts = id.split(":", -1);
        try {
            if (parts.length == 3) {
                return new OperatorXid(Integer.parseInt(parts[0]), HEX.parseHex(parts[1]), HEX.parseHex(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "'" + id + "' is not a branch id: format:gtrid:bqual "
                + "with gtrid and bqual in hex, as 'petrel tx list' prints them");
    }

    private static String code(XAException e) {
        return switch (e.errorCode) {
            case XAException.XAER_NOTA -> "no such branch (XAER_NOTA)";
            case XAException.XAER_PROTO -> "the branch is not prepared (XAER_PROTO)";
            case XAException.XAER_RMFAIL -> "the broker cannot be reached (XAER_RMFAIL)";
            default -> "XA error " + e.errorCode;
        };
    }
}
