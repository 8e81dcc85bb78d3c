package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §3.8 (message selectors) evaluated by a real broker. */
@Timeout(30)
class SelectorsConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    private Session session;
    private Queue queue;
    private MessageProducer producer;

    @BeforeEach
    void open() throws Exception {
        session = BROKER.started().createSession();
        queue = session.createQueue(BROKER.name());
        producer = session.createProducer(queue);
    }

    /** Sends messages named n0.. with the given int property "n" and string "s", returns what the selector gets. */
    private List<String> select(String selector, Object[][] rows) throws Exception {
        Queue queue = session.createQueue(BROKER.name());
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < rows.length; i++) {
            Message m = session.createTextMessage("n" + i);
            if (rows[i][0] != null) {
                m.setObjectProperty("n", rows[i][0]);
            }
            if (rows[i][1] != null) {
                m.setObjectProperty("s", rows[i][1]);
            }
            producer.send(m);
        }
        MessageConsumer consumer = session.createConsumer(queue, selector);
        List<String> got = new ArrayList<>();
        for (Message m = consumer.receive(500); m != null; m = consumer.receive(200)) {
            got.add(((TextMessage) m).getText());
        }
        consumer.close();
        return got;
    }

    @Test
    void comparisonAndArithmetic() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.1: comparison operators and arithmetic with Java numeric promotion
        assertThat(select("n * 2 + 1 > 5 AND n <> 4", new Object[][] {{1, null}, {3, null}, {4, null}, {5.5, null}}))
                .containsExactly("n1", "n3");
    }

    @Test
    void betweenInLikeAndIsNull() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.1: BETWEEN, IN, LIKE with ESCAPE, IS [NOT] NULL
        Object[][] rows = {{15, "UK"}, {20, "Peru"}, {17, "_x"}, {null, null}};
        assertThat(select("n BETWEEN 15 AND 19 AND s IN ('UK', 'US')", rows)).containsExactly("n0");
        assertThat(select("s LIKE '\\_%' ESCAPE '\\'", rows)).containsExactly("n2");
        assertThat(select("s IS NULL", rows)).containsExactly("n3");
        assertThat(select("n NOT BETWEEN 15 AND 19", rows)).containsExactly("n1");
    }

    @Test
    void nullsFollowThreeValuedLogic() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.2: comparisons with NULL are unknown; AND/OR/NOT use three-valued logic
        Object[][] rows = {{null, "a"}, {1, "a"}};
        assertThat(select("n > 0 OR s = 'a'", rows)).containsExactly("n0", "n1");
        assertThat(select("NOT (n > 0)", rows)).isEmpty();
        assertThat(select("s NOT IN ('b')", new Object[][] {{1, null}, {1, "a"}})).containsExactly("n1");
    }

    @Test
    void typesMustMatchToCompare() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.1: a string property is not numeric in a selector; unlike types compare false
        assertThat(select("s > 1", new Object[][] {{null, "2"}})).isEmpty();
        assertThat(select("n = 2", new Object[][] {{2L, null}, {2.0, null}, {(short) 2, null}}))
                .containsExactly("n0", "n1", "n2");
    }

    @Test
    void headerFieldsCanBeSelected() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.1, §3.8.1.3: JMSPriority, JMSType, JMSDeliveryMode ('PERSISTENT'), JMSCorrelationID
        Message a = session.createTextMessage("a");
        a.setJMSType("car");
        a.setJMSCorrelationID("c1");
        producer.send(a, DeliveryMode.NON_PERSISTENT, 7, 0);
        producer.send(session.createTextMessage("b"));
        MessageConsumer consumer = session.createConsumer(queue,
                "JMSType = 'car' AND JMSPriority > 5 AND JMSDeliveryMode = 'NON_PERSISTENT' AND JMSCorrelationID = 'c1'");
        assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("a");
        assertThat(consumer.receive(200)).isNull();
        MessageConsumer persistent = session.createConsumer(queue, "JMSDeliveryMode = 'PERSISTENT'");
        assertThat(((TextMessage) persistent.receive(5000)).getText()).isEqualTo("b");
    }

    @Test
    void messageIdAndTimestampCanBeSelected() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.1: JMSMessageID and JMSTimestamp are header references a selector may use
        Message m = session.createTextMessage("x");
        producer.send(m);
        MessageConsumer consumer = session.createConsumer(queue,
                "JMSMessageID = '" + m.getJMSMessageID() + "' AND JMSTimestamp > 0");
        assertThat(consumer.receive(5000)).isNotNull();
    }

    @Test
    void unselectedQueueMessagesStayForOtherConsumers() throws Exception {
        // Jakarta Messaging 3.1 §4.1.2: messages not selected remain on the queue or go to another consumer
        Message blue = session.createTextMessage("blue");
        blue.setStringProperty("color", "blue");
        producer.send(blue);
        MessageConsumer reds = session.createConsumer(queue, "color = 'red'");
        assertThat(reds.receive(200)).isNull();
        MessageConsumer all = session.createConsumer(queue);
        assertThat(((TextMessage) all.receive(5000)).getText()).isEqualTo("blue");
    }

    @Test
    void anEmptySelectorMeansNone() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.1: an empty selector string is treated as null: no selector
        producer.send(session.createTextMessage("x"));
        MessageConsumer consumer = session.createConsumer(queue, "");
        assertThat(consumer.receive(5000)).isNotNull();
        assertThat(consumer.getMessageSelector()).isNullOrEmpty();
    }

    @Test
    void operatorsAreCaseInsensitiveIdentifiersAreNot() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.1: operator names are case insensitive, identifiers case sensitive
        Message m = session.createTextMessage("x");
        m.setIntProperty("Amount", 5);
        producer.send(m);
        assertThat(session.createConsumer(queue, "amount is not null").receive(200)).isNull();
        assertThat(session.createConsumer(queue, "Amount between 1 and 9").receive(5000)).isNotNull();
    }

    @Test
    void syntaxErrorsAreInvalidSelectorExceptions() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.1: a syntactically incorrect selector must be an InvalidSelectorException
        for (String bad : new String[] {"n >", "n = 'unclosed", "NULL = 1", "n IN (1, 2)", "a LIKE 5", "(n = 1"}) {
            assertThatThrownBy(() -> session.createConsumer(queue, bad)).as(bad)
                    .isInstanceOf(InvalidSelectorException.class);
        }
        var topic = session.createTopic(BROKER.name("t"));
        assertThatThrownBy(() -> session.createConsumer(topic, "x ==", false))
                .isInstanceOf(InvalidSelectorException.class);
        assertThatThrownBy(() -> session.createSharedConsumer(topic, BROKER.name("s"), "x =="))
                .isInstanceOf(InvalidSelectorException.class);
    }

    @Test
    void jmsxDeliveryCountCanBeSelected() throws Exception {
        // Jakarta Messaging 3.1 §3.5.9: JMSX properties may be referenced in selectors
        Session client = BROKER.started().createSession(Session.CLIENT_ACKNOWLEDGE);
        producer.send(session.createTextMessage("x"));
        MessageConsumer first = client.createConsumer(queue);
        assertThat(first.receive(5000)).isNotNull();
        first.close();
        client.close();
        MessageConsumer redelivered = session.createConsumer(queue, "JMSXDeliveryCount > 1");
        assertThat(redelivered.receive(5000)).isNotNull();
    }

    @Test
    void theSelectorIsReportedBack() throws JMSException {
        // Jakarta Messaging 3.1 §8.1 (MessageConsumer.getMessageSelector javadoc): the consumer's selector
        assertThat(session.createConsumer(queue, "n = 1").getMessageSelector()).isEqualTo("n = 1");
        assertThat(session.createConsumer(queue).getMessageSelector()).isNull();
    }
}
