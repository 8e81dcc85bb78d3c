package dev.petrel.broker.cli;

import dev.petrel.broker.management.ObjectNames;
import java.io.PrintWriter;
import java.util.List;
import javax.management.ObjectName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code petrel connection list|close}: the client connections of a running broker. */
@Command(name = "connection", description = "Lists or closes client connections of a running broker (JMX).",
        subcommands = {ConnectionCommand.ListConnections.class, ConnectionCommand.Close.class})
final class ConnectionCommand extends GroupCommand {

    private static final String[] COLUMNS = {"RemoteAddress", "ClientId", "User", "SessionCount", "ConsumerCount",
        "ProducerCount", "ConnectedSince"};
    private static final String ROW = "%-16s %-22s %-20s %-16s %8s %9s %9s  %s%n";


    @Command(name = "list", description = "One line per client connection: id, remote address, client ID, user, "
            + "sessions, consumers, producers and since when (UTC).")
    static final class ListConnections extends JmxCommand {
        @Override
        void run(JmxClient client, PrintWriter out) {
            out.printf(ROW, "ID", "REMOTE ADDRESS", "CLIENT ID", "USER", "SESSIONS", "CONSUMERS", "PRODUCERS",
                    "SINCE");
            for (ObjectName name : client.names(ObjectNames.connections(client.broker()), "connection")) {
                List<Object> v = client.attributes(name, COLUMNS);
                out.printf(ROW, ObjectNames.value(name, "connection"), v.get(0),
                        "".equals(v.get(1)) ? "-" : v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6));
            }
        }
    }

    @Command(name = "close", description = "Closes a client connection; the client's exception listener hears "
            + "that an administrator closed it, its transactions roll back.")
    static final class Close extends JmxCommand {
        @Parameters(paramLabel = "ID", description = "The connection's id as connection list shows it.")
        String id;

        @Override
        void run(JmxClient client, PrintWriter out) {
            ObjectName name = client.require(ObjectNames.connection(client.broker(), id),
                    "connection '" + id + "'");
            client.invoke(name, "close", new Object[0], new String[0]);
            out.printf("closed connection %s%n", id);
        }
    }
}
