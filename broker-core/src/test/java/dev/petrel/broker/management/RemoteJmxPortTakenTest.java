package dev.petrel.broker.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.Broker;
import dev.petrel.broker.config.AcceptorConfig;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.ManagementConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.JMSContext;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two brokers side by side with the shipped configuration share its JMX port: the second must still serve. */
@Timeout(30)
class RemoteJmxPortTakenTest {

    @TempDir
    Path data;

    @Test
    void aBrokerWhoseJmxPortIsTakenStillServesMessagesWithoutRemoteJmx() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BrokerConfig config = BrokerConfig.defaults().withName("jmx-port-taken").withDataDirectory(data)
                    .withAcceptors(List.of(new AcceptorConfig("tcp", "127.0.0.1", 0)))
                    .withManagement(ManagementConfig.loopback(taken.getLocalPort()));
            try (Broker broker = Broker.start(config);
                    JMSContext context = new PetrelConnectionFactory("tcp://127.0.0.1:" + broker.port())
                            .createContext()) {
                var queue = context.createQueue("still-serving");
                context.createProducer().send(queue, "hello");
                assertThat(context.createConsumer(queue).receiveBody(String.class, 5000)).isEqualTo("hello");
                Object url = ManagementFactory.getPlatformMBeanServer()
                        .getAttribute(ObjectNames.broker("jmx-port-taken"), "JmxUrl");
                assertThat(url).isEqualTo("");
            }
        }
    }
}
