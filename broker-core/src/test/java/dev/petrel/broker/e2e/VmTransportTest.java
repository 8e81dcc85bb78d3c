package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.server.VmBrokers;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code vm://}: an in-JVM broker started on first use, reached without any socket. */
@Timeout(30)
class VmTransportTest {

    private static final String NAME = "vm-test";

    @AfterEach
    void stopBroker() {
        VmBrokers.stop(NAME);
    }

    @Test
    void vmUriStartsABrokerAndMovesMessagesWithoutOpeningASocket() throws Exception {
        long socketsBefore = openSockets();
        try (Connection connection = new PetrelConnectionFactory("vm://" + NAME).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("vm.queue");
            session.createProducer(queue).send(session.createTextMessage("in-jvm"));
            assertThat(((TextMessage) session.createConsumer(queue).receive(5000)).getText()).isEqualTo("in-jvm");
            assertThat(openSockets()).as("sockets open in this JVM").isEqualTo(socketsBefore);
        }
    }

    @Test
    void twoConnectionsToTheSameNameShareOneBroker() throws Exception {
        var factory = new PetrelConnectionFactory("vm://" + NAME);
        try (Connection a = factory.createConnection(); Connection b = factory.createConnection()) {
            b.start();
            Session sa = a.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Session sb = b.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var consumer = sb.createConsumer(sb.createQueue("shared"));
            sa.createProducer(sa.createQueue("shared")).send(sa.createTextMessage("across"));
            assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("across");
        }
    }

    /** Sockets this process holds, from its file descriptors (Linux). */
    private static long openSockets() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // the descriptor closed while we looked
                }
            }).count();
        }
    }
}
