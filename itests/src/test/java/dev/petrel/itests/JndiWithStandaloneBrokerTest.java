package dev.petrel.itests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain-Java way in: {@code new InitialContext()} over the shipped {@code conf/jndi.properties}, against a
 * standalone broker process. Only the broker's address differs from the shipped file (the test broker listens
 * on an ephemeral port).
 */
@Timeout(120)
class JndiWithStandaloneBrokerTest {

    @TempDir
    Path data;

    @Test
    void shippedJndiPropertiesLookUpAFactoryAQueueAndATopicThatExchangeMessages() throws Exception {
        try (BrokerProcess broker = BrokerProcess.start(data, 0, Duration.ofSeconds(60))) {
            Properties jndi = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("../conf/jndi.properties"))) {
                jndi.load(in);
            }
            jndi.replaceAll((key, value) -> value.toString().replace("localhost:61616", "127.0.0.1:" + broker.port()));
            Context context = new InitialContext(jndi);
            try {
                ConnectionFactory factory = (ConnectionFactory) context.lookup("ConnectionFactory");
                Queue orders = (Queue) context.lookup("orders");
                Topic prices = (Topic) context.lookup("prices");
                try (JMSContext jms = factory.createContext()) {
                    JMSConsumer subscriber = jms.createConsumer(prices);
                    jms.createProducer().send(orders, "order 1");
                    jms.createProducer().send(prices, "price 1");
                    assertThat(jms.createConsumer(orders).receiveBody(String.class, 5000)).isEqualTo("order 1");
                    assertThat(subscriber.receiveBody(String.class, 5000)).isEqualTo("price 1");
                }
                ConnectionFactory audit = (ConnectionFactory) context.lookup("AuditConnectionFactory");
                try (JMSContext jms = audit.createContext()) {
                    assertThat(jms.getClientID()).isEqualTo("audit");
                }
            } finally {
                context.close();
            }
        }
    }
}
