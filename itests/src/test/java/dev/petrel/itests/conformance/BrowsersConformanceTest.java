package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §4.1.6 (QueueBrowser) against a real broker. */
@Timeout(30)
class BrowsersConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    private Session session;
    private Queue queue;

    @BeforeEach
    void open() throws Exception {
        session = BROKER.started().createSession();
        queue = session.createQueue(BROKER.name());
    }

    private void send(String text, int n) throws Exception {
        MessageProducer producer = session.createProducer(queue);
        Message m = session.createTextMessage(text);
        m.setIntProperty("n", n);
        producer.send(m);
    }

    private static List<String> texts(Enumeration<?> e) throws Exception {
        List<String> out = new ArrayList<>();
        while (e.hasMoreElements()) {
            out.add(((TextMessage) e.nextElement()).getText());
        }
        return out;
    }

    @Test
    void aBrowserSeesTheQueueInOrderWithoutTakingIt() throws Exception {
        // Jakarta Messaging 3.1 §4.1.6: a QueueBrowser looks at a queue's messages without removing them
        send("1", 1);
        send("2", 2);
        QueueBrowser browser = session.createBrowser(queue);
        assertThat(browser.getQueue()).isEqualTo(queue);
        assertThat(browser.getMessageSelector()).isNull();
        assertThat(texts(browser.getEnumeration())).containsExactly("1", "2");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(((TextMessage) consumer.receive(5000)).getText()).isEqualTo("1");
    }

    @Test
    void aBrowserWithASelectorSeesOnlyMatchingMessages() throws Exception {
        // Jakarta Messaging 3.1 §4.1.6: an enumeration may contain only the messages matching a selector
        for (int i = 1; i <= 4; i++) {
            send("m" + i, i);
        }
        QueueBrowser browser = session.createBrowser(queue, "n > 2");
        assertThat(browser.getMessageSelector()).isEqualTo("n > 2");
        assertThat(texts(browser.getEnumeration())).containsExactly("m3", "m4");
    }

    @Test
    void anEmptyQueueGivesAnEmptyEnumeration() throws Exception {
        // Jakarta Messaging 3.1 §4.1.6: the enumeration scans the queue's messages, of which there may be none
        Enumeration<?> e = session.createBrowser(queue).getEnumeration();
        assertThat(e.hasMoreElements()).isFalse();
        assertThatThrownBy(e::nextElement).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void eachEnumerationIsAFreshScan() throws Exception {
        // Jakarta Messaging 3.1 §4.1.6: each getEnumeration scans the queue again
        QueueBrowser browser = session.createBrowser(queue);
        send("1", 1);
        assertThat(texts(browser.getEnumeration())).containsExactly("1");
        send("2", 2);
        assertThat(texts(browser.getEnumeration())).containsExactly("1", "2");
    }

    @Test
    void aBrowserDoesNotShowMessagesBeforeTheirDeliveryTime() throws Exception {
        // Jakarta Messaging 3.1 §4.1.6: a message must not be returned by a browser before its delivery time
        MessageProducer producer = session.createProducer(queue);
        producer.setDeliveryDelay(60_000);
        producer.send(session.createTextMessage("later"));
        producer.setDeliveryDelay(0);
        producer.send(session.createTextMessage("now"));
        assertThat(texts(session.createBrowser(queue).getEnumeration())).containsExactly("now");
    }

    @Test
    void browsedMessagesAreReadOnlyCopies() throws Exception {
        // Jakarta Messaging 3.1 §4.1.6, §3.10: browsed messages carry their headers and are read-only
        send("x", 7);
        Message m = (Message) session.createBrowser(queue).getEnumeration().nextElement();
        assertThat(m.getIntProperty("n")).isEqualTo(7);
        assertThat(m.getJMSMessageID()).startsWith("ID:");
        assertThatThrownBy(() -> m.setIntProperty("n", 8)).isInstanceOf(jakarta.jms.MessageNotWriteableException.class);
    }

    @Test
    void aLargeQueueIsBrowsedCompletely() throws Exception {
        // Jakarta Messaging 3.1 §4.1.6: an enumeration of the entire content of a queue
        Session small = BROKER.started("jms.prefetch=50").createSession();
        MessageProducer producer = small.createProducer(queue);
        // more than the broker keeps in memory per queue (1000), so the tail is read from the store
        for (int i = 0; i < 2500; i++) {
            producer.send(small.createTextMessage("m" + i));
        }
        List<String> seen = texts(small.createBrowser(queue).getEnumeration());
        assertThat(seen).as("many times the browser's credit window and the broker's in-memory page").hasSize(2500);
        assertThat(seen.get(2499)).isEqualTo("m2499");
        assertThat(seen).doesNotHaveDuplicates();
    }

    @Test
    void aClosedBrowserRefusesUse() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15 (QueueBrowser.close javadoc): a closed browser throws IllegalStateException
        QueueBrowser browser = session.createBrowser(queue);
        browser.close();
        browser.close();
        assertThatThrownBy(browser::getEnumeration).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(browser::getQueue).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInvalidBrowserSelectorIsRefused() throws Exception {
        // Jakarta Messaging 3.1 §3.8.1.1: a syntactically incorrect selector is an InvalidSelectorException
        assertThatThrownBy(() -> session.createBrowser(queue, "n >").getEnumeration())
                .isInstanceOf(InvalidSelectorException.class);
    }

    @Test
    void browsingATopicIsNotPossible() throws Exception {
        // Jakarta Messaging 3.1 §9.2: createBrowser on a TopicSession is an IllegalStateException
        var ts = BROKER.track(BROKER.factory().createTopicConnection()).createTopicSession(false, Session.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(() -> ts.createBrowser(queue)).isInstanceOf(IllegalStateException.class);
    }
}
