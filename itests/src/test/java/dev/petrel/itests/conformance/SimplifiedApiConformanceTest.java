package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.CompletionListener;
import jakarta.jms.DeliveryMode;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.InvalidSelectorRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TransactionRolledBackRuntimeException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §2.8, §6.1, §7, §8.6 through the simplified API (JMSContext, JMSProducer, JMSConsumer). */
@Timeout(30)
class SimplifiedApiConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    @Test
    void aContextSendsAndReceivesBodiesDirectly() throws Exception {
        // Jakarta Messaging 3.1 §7.2, §8.6: JMSProducer sends bodies; JMSConsumer.receiveBody returns them
        JMSContext context = BROKER.context();
        Queue queue = context.createQueue(BROKER.name());
        JMSConsumer consumer = context.createConsumer(queue);
        JMSProducer producer = context.createProducer();
        producer.send(queue, "text");
        producer.send(queue, new byte[] {1, 2});
        producer.send(queue, Map.of("k", 1));
        producer.send(queue, (Serializable) List.of("s"));
        producer.send(queue, context.createTextMessage("message"));
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("text");
        assertThat(consumer.receiveBody(byte[].class, 5000)).containsExactly(1, 2);
        assertThat(consumer.receiveBody(Map.class, 5000)).containsEntry("k", 1);
        assertThat(consumer.receiveBody(Serializable.class, 5000)).isEqualTo(List.of("s"));
        assertThat(consumer.receiveBody(String.class)).isEqualTo("message");
        assertThat(consumer.receiveBodyNoWait(String.class)).isNull();
    }

    @Test
    void receiveBodyOfTheWrongTypeInAutoModeLeavesTheMessageThere() throws Exception {
        // Jakarta Messaging 3.1 §8.6: in AUTO_ACKNOWLEDGE a failed receiveBody behaves as if it had not happened
        JMSContext context = BROKER.context();
        Queue queue = context.createQueue(BROKER.name());
        JMSConsumer consumer = context.createConsumer(queue);
        context.createProducer().send(queue, "text");
        assertThatThrownBy(() -> consumer.receiveBody(Integer.class, 5000))
                .isInstanceOf(MessageFormatRuntimeException.class);
        Message again = consumer.receive(5000);
        assertThat(again).isNotNull();
        assertThat(again.getBody(String.class)).isEqualTo("text");
        assertThat(again.getJMSRedelivered()).isFalse();
    }

    @Test
    void receiveBodyOfAStreamOrPlainMessageFails() throws Exception {
        // Jakarta Messaging 3.1 §8.6: receiveBody cannot be used for StreamMessage or Message
        JMSContext context = BROKER.context(JMSContext.CLIENT_ACKNOWLEDGE);
        Queue queue = context.createQueue(BROKER.name());
        JMSConsumer consumer = context.createConsumer(queue);
        context.createProducer().send(queue, context.createStreamMessage());
        context.createProducer().send(queue, context.createMessage());
        assertThatThrownBy(() -> consumer.receiveBody(Object.class, 5000))
                .isInstanceOf(MessageFormatRuntimeException.class);
        assertThatThrownBy(() -> consumer.receiveBody(Object.class, 5000))
                .isInstanceOf(MessageFormatRuntimeException.class);
        assertThat(consumer.receiveNoWait()).as("CLIENT_ACKNOWLEDGE: consumed anyway").isNull();
        context.recover();
        assertThat(consumer.receive(5000).getJMSRedelivered()).isTrue();
    }

    @Test
    void theContextStartsWhenItsFirstConsumerIsCreatedUnlessAutoStartIsOff() throws Exception {
        // Jakarta Messaging 3.1 §6.1.4, §8.4: a JMSContext starts automatically unless setAutoStart(false)
        JMSContext context = BROKER.context();
        assertThat(context.getAutoStart()).isTrue();
        context.setAutoStart(false);
        Queue queue = context.createQueue(BROKER.name());
        JMSConsumer consumer = context.createConsumer(queue);
        context.createProducer().send(queue, "x");
        assertThat(consumer.receive(200)).isNull();
        context.start();
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("x");
        context.stop();
        context.createProducer().send(queue, "y");
        assertThat(consumer.receive(200)).isNull();
        context.start();
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("y");
    }

    @Test
    void contextsCreatedFromAContextShareItsConnection() throws Exception {
        // Jakarta Messaging 3.1 §2.8.2: createContext makes another session on the same connection
        JMSContext first = BROKER.context();
        first.setClientID(BROKER.name("cid"));
        JMSContext second = BROKER.track(first.createContext(JMSContext.SESSION_TRANSACTED));
        assertThat(second.getClientID()).isEqualTo(first.getClientID());
        assertThat(second.getTransacted()).isTrue();
        Queue queue = first.createQueue(BROKER.name());
        JMSConsumer consumer = first.createConsumer(queue);
        second.createProducer().send(queue, "in transaction");
        assertThat(consumer.receive(200)).isNull();
        second.commit();
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("in transaction");
        second.close();
        first.createProducer().send(queue, "still open");
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("still open");
    }

    @Test
    void theSharedConnectionClosesWithItsLastContext() throws Exception {
        // Jakarta Messaging 3.1 §6.1.8: closing a JMSContext closes the connection when no other context uses it
        JMSContext first = BROKER.factory().createContext();
        String id = BROKER.name("cid");
        first.setClientID(id);
        JMSContext second = first.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        first.close();
        assertThat(second.getClientID()).isEqualTo(id);
        second.close();
        JMSContext reuse = BROKER.context();
        reuse.setClientID(id);
        assertThat(reuse.getClientID()).isEqualTo(id);
    }

    @Test
    void createContextOnAContextWithoutAConnectionOfItsOwnIsFine() throws Exception {
        // Jakarta Messaging 3.1 §6.2.6: createContext does not use the context's session
        JMSContext context = BROKER.context(JMSContext.CLIENT_ACKNOWLEDGE);
        JMSContext other = BROKER.track(context.createContext(JMSContext.DUPS_OK_ACKNOWLEDGE));
        assertThat(other.getSessionMode()).isEqualTo(JMSContext.DUPS_OK_ACKNOWLEDGE);
        assertThat(context.getSessionMode()).isEqualTo(JMSContext.CLIENT_ACKNOWLEDGE);
    }

    @Test
    void jmsProducerSetsPropertiesAndHeadersOnEverySend() throws Exception {
        // Jakarta Messaging 3.1 §7.5, §7.6, §7.10: JMSProducer properties and headers override the message's; chaining
        JMSContext context = BROKER.context();
        Queue queue = context.createQueue(BROKER.name());
        Queue replyTo = context.createQueue(BROKER.name("reply"));
        JMSConsumer consumer = context.createConsumer(queue);
        JMSProducer producer = context.createProducer()
                .setProperty("b", true).setProperty("y", (byte) 1).setProperty("s", (short) 2).setProperty("i", 3)
                .setProperty("l", 4L).setProperty("f", 5f).setProperty("d", 6d).setProperty("t", "7")
                .setProperty("o", (Object) 8)
                .setJMSCorrelationID("corr").setJMSType("type").setJMSReplyTo(replyTo)
                .setDeliveryMode(DeliveryMode.NON_PERSISTENT).setPriority(6).setTimeToLive(60_000)
                .setDisableMessageID(false).setDisableMessageTimestamp(false).setDeliveryDelay(0);
        assertThat(producer.getPropertyNames()).contains("b", "y", "s", "i", "l", "f", "d", "t", "o");
        assertThat(producer.propertyExists("i")).isTrue();
        assertThat(producer.getIntProperty("i")).isEqualTo(3);
        assertThat(producer.getStringProperty("i")).isEqualTo("3");
        TextMessage message = context.createTextMessage("body");
        message.setJMSCorrelationID("overridden");
        producer.send(queue, message);
        Message got = consumer.receive(5000);
        assertThat(got.getBooleanProperty("b")).isTrue();
        assertThat(got.getLongProperty("l")).isEqualTo(4L);
        assertThat(got.getObjectProperty("o")).isEqualTo(8);
        assertThat(got.getJMSCorrelationID()).isEqualTo("corr");
        assertThat(got.getJMSType()).isEqualTo("type");
        assertThat(got.getJMSReplyTo()).isEqualTo(replyTo);
        assertThat(got.getJMSPriority()).isEqualTo(6);
        assertThat(got.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(got.getJMSExpiration()).isPositive();
        producer.clearProperties();
        assertThat(producer.getPropertyNames()).isEmpty();
    }

    @Test
    void jmsProducerAsyncSendCallsBack() throws Exception {
        // Jakarta Messaging 3.1 §7.3: setAsync makes JMSProducer sends asynchronous with a CompletionListener
        JMSContext context = BROKER.context();
        Queue queue = context.createQueue(BROKER.name());
        CountDownLatch done = new CountDownLatch(2);
        CompletionListener listener = new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                done.countDown();
            }

            @Override
            public void onException(Message message, Exception exception) {
            }
        };
        JMSProducer producer = context.createProducer().setAsync(listener);
        assertThat(producer.getAsync()).isSameAs(listener);
        producer.send(queue, "one");
        producer.send(queue, context.createTextMessage("two"));
        Await.latch(done);
        producer.setAsync(null);
        JMSConsumer consumer = context.createConsumer(queue);
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("one");
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("two");
    }

    @Test
    void jmsProducerDeliveryDelayAndTimeToLive() throws Exception {
        // Jakarta Messaging 3.1 §7.8, §7.9: JMSProducer delivery delay and time-to-live
        JMSContext context = BROKER.context();
        Queue queue = context.createQueue(BROKER.name());
        JMSProducer producer = context.createProducer().setDeliveryDelay(300);
        assertThat(producer.getDeliveryDelay()).isEqualTo(300);
        long sent = System.currentTimeMillis();
        producer.send(queue, "delayed");
        JMSConsumer consumer = context.createConsumer(queue);
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("delayed");
        assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(sent + 300);
        producer.setDeliveryDelay(0).setTimeToLive(1);
        assertThat(producer.getTimeToLive()).isEqualTo(1);
    }

    @Test
    void jmsConsumerListenerAndClose() throws Exception {
        // Jakarta Messaging 3.1 §8.7, §8.8 via JMSConsumer: listener delivery, getters, close
        JMSContext context = BROKER.context();
        Queue queue = context.createQueue(BROKER.name());
        JMSConsumer consumer = context.createConsumer(queue, "n IS NULL");
        assertThat(consumer.getMessageSelector()).isEqualTo("n IS NULL");
        CountDownLatch got = new CountDownLatch(1);
        consumer.setMessageListener(m -> got.countDown());
        assertThat(consumer.getMessageListener()).isNotNull();
        context.createProducer().send(queue, "x");
        Await.latch(got);
        consumer.close();
        consumer.close();
        assertThatThrownBy(consumer::receive).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void contextTransactionsCommitAndRollBack() throws Exception {
        // Jakarta Messaging 3.1 §6.2.7 via JMSContext: commit and rollback of a transacted context
        JMSContext tx = BROKER.context(JMSContext.SESSION_TRANSACTED);
        JMSContext reader = BROKER.context();
        Queue queue = tx.createQueue(BROKER.name());
        JMSConsumer consumer = reader.createConsumer(queue);
        tx.createProducer().send(queue, "rolled back");
        tx.rollback();
        tx.createProducer().send(queue, "committed");
        tx.commit();
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("committed");
        assertThat(consumer.receiveNoWait()).isNull();
        JMSContext auto = BROKER.context();
        assertThatThrownBy(auto::commit).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void contextCommitThatRollsBackThrowsTheRuntimeTwin() throws Exception {
        // Jakarta Messaging 3.1 §10.3: JMSContext.commit that rolls back throws TransactionRolledBackRuntimeException
        JMSContext owner = BROKER.context();
        var temp = owner.createTemporaryQueue();
        JMSContext tx = BROKER.context(JMSContext.SESSION_TRANSACTED);
        tx.createProducer().send(temp, "x");
        temp.delete();
        assertThatThrownBy(tx::commit).isInstanceOf(TransactionRolledBackRuntimeException.class);
    }

    @Test
    void contextClientAcknowledgeAndRecover() throws Exception {
        // Jakarta Messaging 3.1 §6.2.10 via JMSContext: acknowledge() acknowledges everything consumed; recover redelivers
        JMSContext context = BROKER.context(JMSContext.CLIENT_ACKNOWLEDGE);
        Queue queue = context.createQueue(BROKER.name());
        JMSConsumer consumer = context.createConsumer(queue);
        context.createProducer().send(queue, "1").send(queue, "2");
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("1");
        context.acknowledge();
        assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("2");
        context.recover();
        Message again = consumer.receive(5000);
        assertThat(again.getBody(String.class)).isEqualTo("2");
        assertThat(again.getJMSRedelivered()).isTrue();
        context.acknowledge();
    }

    @Test
    void contextSubscriptionsAndUnsubscribe() throws Exception {
        // Jakarta Messaging 3.1 §8.3 via JMSContext: durable, shared and shared durable consumers; unsubscribe
        JMSContext context = BROKER.context();
        context.setClientID(BROKER.name("cid"));
        Topic topic = context.createTopic(BROKER.name());
        String durable = BROKER.name("dur");
        String shared = BROKER.name("sh");
        String sharedDurable = BROKER.name("sd");
        JMSConsumer d = context.createDurableConsumer(topic, durable);
        JMSConsumer dsel = context.createDurableConsumer(topic, BROKER.name("dur2"), "a IS NULL", true);
        JMSConsumer s = context.createSharedConsumer(topic, shared);
        JMSConsumer ssel = context.createSharedConsumer(topic, BROKER.name("sh2"), "a IS NULL");
        JMSConsumer sd = context.createSharedDurableConsumer(topic, sharedDurable);
        JMSConsumer sdsel = context.createSharedDurableConsumer(topic, BROKER.name("sd2"), "a IS NULL");
        JMSConsumer plain = context.createConsumer(topic, null, false);
        BROKER.context().createProducer().send(topic, "x");
        for (JMSConsumer c : List.of(d, dsel, s, ssel, sd, sdsel, plain)) {
            assertThat(c.receiveBody(String.class, 5000)).isEqualTo("x");
        }
        d.close();
        sd.close();
        context.unsubscribe(durable);
        context.unsubscribe(sharedDurable);
        assertThatThrownBy(() -> context.unsubscribe(durable)).isInstanceOf(InvalidDestinationRuntimeException.class);
    }

    @Test
    void contextBrowsersAndTemporaryDestinations() throws Exception {
        // Jakarta Messaging 3.1 §4.1.6, §6.2.2 via JMSContext: browsers and temporary destinations
        JMSContext context = BROKER.context();
        Queue queue = context.createQueue(BROKER.name());
        context.createProducer().send(queue, "a");
        QueueBrowser browser = context.createBrowser(queue);
        assertThat(browser.getEnumeration().hasMoreElements()).isTrue();
        assertThat(context.createBrowser(queue, "a = 1").getEnumeration().hasMoreElements()).isFalse();
        var tq = context.createTemporaryQueue();
        var tt = context.createTemporaryTopic();
        JMSConsumer tc = context.createConsumer(tt);
        context.createProducer().send(tq, "q").send(tt, "t");
        assertThat(context.createConsumer(tq).receiveBody(String.class, 5000)).isEqualTo("q");
        assertThat(tc.receiveBody(String.class, 5000)).isEqualTo("t");
    }

    @Test
    void contextMessageFactoriesAndMetaData() throws Exception {
        // Jakarta Messaging 3.1 §6.2.4 via JMSContext: message factories; §6.1.6 metadata
        JMSContext context = BROKER.context();
        assertThat(context.createMessage()).isNotNull();
        assertThat(context.createBytesMessage()).isNotNull();
        assertThat(context.createMapMessage()).isNotNull();
        assertThat(context.createObjectMessage()).isNotNull();
        assertThat(context.createObjectMessage("o").getObject()).isEqualTo("o");
        assertThat(context.createStreamMessage()).isNotNull();
        assertThat(context.createTextMessage().getText()).isNull();
        assertThat(context.getMetaData().getJMSMajorVersion()).isGreaterThanOrEqualTo(2);
        context.setExceptionListener(e -> { });
        assertThat(context.getExceptionListener()).isNotNull();
    }

    @Test
    void contextErrorsAreRuntimeExceptions() throws Exception {
        // Jakarta Messaging 3.1 §10.2: the simplified API throws unchecked exceptions
        JMSContext context = BROKER.context();
        Queue queue = context.createQueue(BROKER.name());
        assertThatThrownBy(() -> context.createConsumer(queue, "a ==")).isInstanceOf(InvalidSelectorRuntimeException.class);
        assertThatThrownBy(() -> context.createConsumer(null)).isInstanceOf(InvalidDestinationRuntimeException.class);
        assertThatThrownBy(() -> context.createProducer().send(null, "x")).isInstanceOf(JMSRuntimeException.class);
        context.createConsumer(queue);
        assertThatThrownBy(() -> context.setClientID("late")).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void aClosedContextRefusesUse() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15 via JMSContext: a closed context throws IllegalStateRuntimeException; close again is fine
        JMSContext context = BROKER.factory().createContext();
        context.close();
        context.close();
        assertThatThrownBy(() -> context.createQueue("q")).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(context::createProducer).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void contextListenerMustNotStopOrCloseItsContext() throws Exception {
        // Jakarta Messaging 3.1 §6.1.5, §6.1.8: a listener stopping or closing its own JMSContext may get ISRE
        JMSContext context = BROKER.context();
        Queue queue = context.createQueue(BROKER.name());
        CountDownLatch done = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        context.createConsumer(queue).setMessageListener(m -> {
            try {
                context.stop();
            } catch (RuntimeException e) {
                failure.set(e);
            }
            done.countDown();
        });
        BROKER.context().createProducer().send(queue, "x");
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isInstanceOf(IllegalStateRuntimeException.class);
    }
}
