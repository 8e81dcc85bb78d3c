package dev.petrel.broker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Topics end to end over loopback TCP. */
@Timeout(60)
class TopicEndToEndTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @Test
    void threeSubscribersEachReceiveEveryMessageInOrder() throws Exception {
        int count = 1_000;
        try (Connection connection = new PetrelConnectionFactory(BROKER.url()).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Topic topic = session.createTopic("e2e.prices");
            List<MessageConsumer> subscribers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                subscribers.add(connection.createSession(false, Session.AUTO_ACKNOWLEDGE).createConsumer(topic));
            }
            MessageProducer publisher = session.createProducer(topic);
            for (int i = 0; i < count; i++) {
                publisher.send(session.createTextMessage("price " + i));
            }
            for (MessageConsumer subscriber : subscribers) {
                for (int i = 0; i < count; i++) {
                    TextMessage m = (TextMessage) subscriber.receive(5000);
                    assertThat(m).as("message %d", i).isNotNull();
                    assertThat(m.getText()).isEqualTo("price " + i);
                }
                assertThat(subscriber.receiveNoWait()).isNull();
            }
        }
    }

    @Test
    void noLocalSubscriberDoesNotSeeItsOwnConnectionsMessages() throws Exception {
        var factory = new PetrelConnectionFactory(BROKER.url());
        try (Connection mine = factory.createConnection(); Connection other = factory.createConnection()) {
            mine.start();
            Session session = mine.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Topic topic = session.createTopic("e2e.nolocal");
            MessageConsumer subscriber = session.createConsumer(topic, null, true);
            session.createProducer(topic).send(session.createTextMessage("mine"));
            Session otherSession = other.createSession(false, Session.AUTO_ACKNOWLEDGE);
            otherSession.createProducer(topic).send(otherSession.createTextMessage("theirs"));
            assertThat(((TextMessage) subscriber.receive(5000)).getText()).isEqualTo("theirs");
            assertThat(subscriber.receive(200)).isNull();
        }
    }
}
