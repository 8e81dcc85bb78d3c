package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client writing garbage is thrown out; a well-behaved client on the same broker never notices. */
@Timeout(60)
class MisbehavingClientTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @Test
    void garbageBytesDisconnectThatClientOnly() throws Exception {
        try (Connection good = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            good.start();
            Session session = good.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var queue = session.createQueue("e2e.garbage");
            MessageProducer producer = session.createProducer(queue);
            MessageConsumer consumer = session.createConsumer(queue);
            Random random = new Random(7);
            for (int round = 0; round < 20; round++) {
                try (Socket bad = new Socket("127.0.0.1", BROKER.port())) {
                    bad.setSoTimeout(10_000);
                    byte[] garbage = new byte[1 + random.nextInt(8192)];
                    random.nextBytes(garbage);
                    OutputStream out = bad.getOutputStream();
                    out.write(garbage);
                    out.flush();
                    assertThat(readUntilClosed(bad.getInputStream())).as("broker closed the garbage connection")
                            .isTrue();
                }
                producer.send(session.createTextMessage("still fine " + round));
                assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("still fine " + round);
            }
        }
    }

    /** Reads (and drops) whatever the broker says until it closes the socket. */
    private static boolean readUntilClosed(InputStream in) throws java.io.IOException {
        byte[] buf = new byte[1024];
        try {
            while (in.read(buf) >= 0) {
                // the error frame, if any
            }
            return true;
        } catch (java.net.SocketException e) {
            return true; // reset by the broker: closed too
        }
    }
}
