package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.FakeBroker;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTextMessage;
import dev.petrel.jms.Received;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

// Chapter 5.9 queue browsers and 3.12 sending another provider's messages, against a fake broker client.
class BrowserAndForeignMessagesConformanceTest {

    private final FakeBroker broker = new FakeBroker();

    @Test
    void browserEnumeratesUntilBrowseEndAndNeedsNoStartedConnection() throws Exception {
        // Jakarta Messaging 3.1 §5.9 QueueBrowser: look at messages without removing them
        Session s = broker.connect("?jms.prefetch=4").createSession();
        QueueBrowser browser = s.createBrowser(new PetrelQueue("q"));
        Enumeration<?> e = browser.getEnumeration();
        long id = broker.lastConsumerId();
        broker.deliver(id, 1, 1, Received.wire(new PetrelTextMessage("a")));
        broker.deliver(id, 2, 1, Received.wire(new PetrelTextMessage("b")));
        broker.browseEnd(id);
        List<String> seen = new ArrayList<>();
        while (e.hasMoreElements()) {
            seen.add(((TextMessage) e.nextElement()).getText());
        }
        assertThat(seen).containsExactly("a", "b");
        assertThatThrownBy(e::nextElement).isInstanceOf(NoSuchElementException.class);
        assertThat(broker.calls("createConsumer")).containsExactly("createConsumer BROWSER queue://q null");
        assertThat(broker.calls("ack")).isEmpty();
        assertThat(broker.calls("closeConsumer")).hasSize(1);
    }

    @Test
    void closingTheBrowserEndsItsEnumerations() throws Exception {
        // QueueBrowser.close javadoc
        Session s = broker.connect("").createSession();
        QueueBrowser browser = s.createBrowser(new PetrelQueue("q"));
        Enumeration<?> e = browser.getEnumeration();
        browser.close();
        assertThat(e.hasMoreElements()).isFalse();
    }

    /** A message of "another provider": a dynamic proxy over a Petrel message, so it is not a PetrelMessage. */
    private static <T extends Message> T foreign(Class<T> type, T backing) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(backing, args);
                    } catch (java.lang.reflect.InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                }));
    }

    @Test
    void foreignTextMessageIsSentWithItsBodyAndHeadersUpdated() throws Exception {
        // Jakarta Messaging 3.1 §3.12 a provider must send another provider's message; its headers are updated
        Session s = broker.connect("").createSession();
        PetrelTextMessage backing = new PetrelTextMessage("from elsewhere");
        backing.setStringProperty("k", "v");
        TextMessage other = foreign(TextMessage.class, backing);
        MessageProducer p = s.createProducer(new PetrelQueue("q"));
        p.send(other);
        assertThat(other.getJMSMessageID()).startsWith("ID:");
        TextMessage back = (TextMessage) Received.copyOf(Received.copyOf(other));
        assertThat(back.getText()).isEqualTo("from elsewhere");
        assertThat(back.getStringProperty("k")).isEqualTo("v");
        assertThat(broker.sent).hasSize(1);
    }

    @Test
    void foreignStreamMessageIsCopiedItemByItem() throws Exception {
        // Jakarta Messaging 3.1 §3.12 every body type of a foreign message is copied faithfully
        dev.petrel.jms.PetrelStreamMessage backing = new dev.petrel.jms.PetrelStreamMessage();
        backing.writeInt(1);
        backing.writeString("two");
        backing.writeBytes(new byte[] {3});
        StreamMessage back = (StreamMessage) Received.copyOf(foreign(StreamMessage.class, backing));
        assertThat(back.readInt()).isEqualTo(1);
        assertThat(back.readString()).isEqualTo("two");
        assertThat((byte[]) back.readObject()).containsExactly(3);
    }

    @Test
    void foreignMapBytesAndObjectMessagesAreCopied() throws Exception {
        // Jakarta Messaging 3.1 §3.12 foreign MapMessage, BytesMessage and ObjectMessage bodies
        dev.petrel.jms.PetrelMapMessage map = new dev.petrel.jms.PetrelMapMessage();
        map.setLong("l", 5L);
        dev.petrel.jms.PetrelBytesMessage bytes = new dev.petrel.jms.PetrelBytesMessage();
        bytes.writeInt(77);
        dev.petrel.jms.PetrelObjectMessage object = new dev.petrel.jms.PetrelObjectMessage();
        object.setObject("obj");
        assertThat(((jakarta.jms.MapMessage) Received.copyOf(foreign(jakarta.jms.MapMessage.class, map)))
                .getLong("l")).isEqualTo(5L);
        assertThat(((jakarta.jms.BytesMessage) Received.copyOf(foreign(jakarta.jms.BytesMessage.class, bytes)))
                .readInt()).isEqualTo(77);
        assertThat(((jakarta.jms.ObjectMessage) Received.copyOf(foreign(jakarta.jms.ObjectMessage.class, object)))
                .getObject()).isEqualTo("obj");
    }
}
