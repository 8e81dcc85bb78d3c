package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.CompletionListener;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §7 (producers: sync and async send, delivery mode, priority, TTL, delay). */
@Timeout(30)
class ProducersConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    private Connection connection;
    private Session session;
    private Queue queue;

    @BeforeEach
    void open() throws Exception {
        connection = BROKER.started();
        session = connection.createSession();
        queue = session.createQueue(BROKER.name());
    }

    private static String text(Message m) throws Exception {
        return m == null ? null : ((TextMessage) m).getText();
    }

    @Test
    void producerDefaultsAreThoseOfTheSpec() throws Exception {
        // Jakarta Messaging 3.1 §7.4: a producer's delivery mode, priority, time-to-live and delay default to the javadoc's
        MessageProducer producer = session.createProducer(queue);
        assertThat(producer.getDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        assertThat(producer.getPriority()).isEqualTo(Message.DEFAULT_PRIORITY);
        assertThat(producer.getTimeToLive()).isZero();
        assertThat(producer.getDeliveryDelay()).isZero();
        assertThat(producer.getDestination()).isEqualTo(queue);
        assertThat(producer.getDisableMessageID()).isFalse();
        assertThat(producer.getDisableMessageTimestamp()).isFalse();
    }

    @Test
    void invalidProducerSettingsAreRefused() throws Exception {
        // Jakarta Messaging 3.1 §7.4 (MessageProducer javadoc): bad delivery modes and priorities are JMSExceptions
        MessageProducer producer = session.createProducer(queue);
        assertThatThrownBy(() -> producer.setDeliveryMode(7)).isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> producer.setPriority(10)).isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> producer.setPriority(-1)).isInstanceOf(JMSException.class);
    }

    @Test
    void anonymousProducerNamesTheDestinationPerSend() throws Exception {
        // Jakarta Messaging 3.1 §7.1: a producer created with a null destination names one on every send
        MessageProducer producer = session.createProducer(null);
        assertThat(producer.getDestination()).isNull();
        producer.send(queue, session.createTextMessage("a"));
        producer.send(queue, session.createTextMessage("b"), DeliveryMode.NON_PERSISTENT, 3, 0);
        assertThatThrownBy(() -> producer.send(session.createTextMessage("c")))
                .isInstanceOf(UnsupportedOperationException.class);
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(5000))).isEqualTo("a");
        Message b = consumer.receive(5000);
        assertThat(b.getJMSPriority()).isEqualTo(3);
        assertThat(b.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
    }

    @Test
    void aProducerWithADestinationCannotNameAnother() throws Exception {
        // Jakarta Messaging 3.1 §7.1 (MessageProducer.send javadoc): naming a destination on a bound producer fails
        MessageProducer producer = session.createProducer(queue);
        assertThatThrownBy(() -> producer.send(session.createQueue("other"), session.createMessage()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sendingToNullDestinationOnAnonymousProducerIsInvalid() throws Exception {
        // Jakarta Messaging 3.1 §10.3: InvalidDestinationException for a destination not understood by the provider
        MessageProducer producer = session.createProducer(null);
        assertThatThrownBy(() -> producer.send((Queue) null, session.createMessage()))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void higherPriorityMessagesJumpAhead() throws Exception {
        // Jakarta Messaging 3.1 §3.4.10, §6.2.9.2: a provider should deliver expedited messages ahead of normal ones
        MessageProducer producer = session.createProducer(queue);
        producer.send(session.createTextMessage("low"), DeliveryMode.PERSISTENT, 1, 0);
        producer.send(session.createTextMessage("high"), DeliveryMode.PERSISTENT, 9, 0);
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(5000))).isEqualTo("high");
        assertThat(text(consumer.receive(5000))).isEqualTo("low");
    }

    @Test
    void expiredMessagesAreNotDelivered() throws Exception {
        // Jakarta Messaging 3.1 §7.8: it is not acceptable to ignore time-to-live; expired messages are not received
        MessageProducer producer = session.createProducer(queue);
        producer.setTimeToLive(50);
        assertThat(producer.getTimeToLive()).isEqualTo(50);
        Message expiring = session.createTextMessage("expires");
        producer.send(expiring);
        producer.setTimeToLive(0);
        producer.send(session.createTextMessage("stays"));
        long expiration = expiring.getJMSExpiration();
        Await.until(() -> System.currentTimeMillis() > expiration + 20);
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(5000))).isEqualTo("stays");
        assertThat(consumer.receive(100)).isNull();
    }

    @Test
    void timeToLiveGivenOnSendOverridesTheProducers() throws Exception {
        // Jakarta Messaging 3.1 §7.4: values given on send override those set on the producer
        MessageProducer producer = session.createProducer(queue);
        producer.setTimeToLive(60_000);
        Message m = session.createMessage();
        producer.send(m, DeliveryMode.PERSISTENT, 4, 0);
        assertThat(m.getJMSExpiration()).isZero();
    }

    @Test
    void aDelayedMessageIsNotDeliveredBeforeItsDeliveryTime() throws Exception {
        // Jakarta Messaging 3.1 §7.9: the provider must not deliver messages before the delivery time has been reached
        MessageProducer producer = session.createProducer(queue);
        producer.setDeliveryDelay(400);
        assertThat(producer.getDeliveryDelay()).isEqualTo(400);
        Message delayed = session.createTextMessage("later");
        producer.send(delayed);
        producer.setDeliveryDelay(0);
        producer.send(session.createTextMessage("now"));
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(5000))).isEqualTo("now");
        Message later = consumer.receive(5000);
        assertThat(text(later)).isEqualTo("later");
        assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(delayed.getJMSDeliveryTime());
    }

    @Test
    void aDelayedTopicMessageGoesOnlyToSubscriptionsThatExistedAtSend() throws Exception {
        // Jakarta Messaging 3.1 §7.9: a delayed message is added only to subscriptions existing when it is sent
        Topic topic = session.createTopic(BROKER.name("t"));
        MessageConsumer early = session.createConsumer(topic);
        MessageProducer producer = session.createProducer(topic);
        producer.setDeliveryDelay(300);
        producer.send(session.createTextMessage("delayed"));
        MessageConsumer late = connection.createSession().createConsumer(topic);
        assertThat(text(early.receive(5000))).isEqualTo("delayed");
        assertThat(late.receive(200)).isNull();
    }

    @Test
    void aDelayedMessageInATransactionCountsFromTheSend() throws Exception {
        // Jakarta Messaging 3.1 §7.9: for transacted sends the delay counts from the send, not the commit
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        MessageProducer producer = tx.createProducer(queue);
        producer.setDeliveryDelay(300);
        Message m = tx.createTextMessage("tx-delayed");
        long sent = System.currentTimeMillis();
        producer.send(m);
        tx.commit();
        assertThat(m.getJMSDeliveryTime()).isBetween(sent + 300, System.currentTimeMillis() + 300);
        assertThat(text(session.createConsumer(queue).receive(5000))).isEqualTo("tx-delayed");
    }

    @Test
    void asyncSendCallsOnCompletionInSendOrderOnAnotherThread() throws Exception {
        // Jakarta Messaging 3.1 §7.3.3, §7.3.8: callbacks come in send order, never on the sending thread
        MessageProducer producer = session.createProducer(queue);
        List<String> completed = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(20);
        CompletionListener listener = new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                try {
                    completed.add(((TextMessage) message).getText());
                } catch (JMSException e) {
                    throw new RuntimeException(e);
                }
                threads.add(Thread.currentThread());
                all.countDown();
            }

            @Override
            public void onException(Message message, Exception exception) {
                all.countDown();
            }
        };
        for (int i = 0; i < 20; i++) {
            producer.send(session.createTextMessage("m" + i), listener);
        }
        Await.latch(all);
        assertThat(completed).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(completed.get(i)).isEqualTo("m" + i);
        }
        assertThat(threads).doesNotContain(Thread.currentThread());
        MessageConsumer consumer = session.createConsumer(queue);
        for (int i = 0; i < 20; i++) {
            assertThat(text(consumer.receive(5000))).isEqualTo("m" + i);
        }
    }

    @Test
    void everyAsyncSendOverloadWorksAndSetsHeadersBeforeTheCallback() throws Exception {
        // Jakarta Messaging 3.1 §7.3, §7.3.6: the four async send forms; headers are set when the callback runs
        MessageProducer bound = session.createProducer(queue);
        MessageProducer anonymous = session.createProducer(null);
        CountDownLatch four = new CountDownLatch(4);
        AtomicReference<String> id = new AtomicReference<>();
        CompletionListener listener = new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                try {
                    id.compareAndSet(null, message.getJMSMessageID());
                } catch (JMSException e) {
                    throw new RuntimeException(e);
                }
                four.countDown();
            }

            @Override
            public void onException(Message message, Exception exception) {
            }
        };
        bound.send(session.createMessage(), listener);
        bound.send(session.createMessage(), DeliveryMode.NON_PERSISTENT, 3, 0, listener);
        anonymous.send(queue, session.createMessage(), listener);
        anonymous.send(queue, session.createMessage(), DeliveryMode.PERSISTENT, 6, 0, listener);
        Await.latch(four);
        assertThat(id.get()).startsWith("ID:");
    }

    @Test
    void asyncSendToAnInvalidDestinationFailsOneWayOrTheOther() throws Exception {
        // Jakarta Messaging 3.1 §7.3.2: an error is thrown by send or reported to onException, never both
        Session other = connection.createSession();
        var temp = other.createTemporaryQueue();
        temp.delete();
        MessageProducer producer = session.createProducer(null);
        CountDownLatch told = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        CompletionListener listener = new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                told.countDown();
            }

            @Override
            public void onException(Message message, Exception exception) {
                failure.set(exception);
                told.countDown();
            }
        };
        try {
            producer.send(temp, session.createMessage(), listener);
            Await.latch(told);
            assertThat(failure.get()).isInstanceOf(InvalidDestinationException.class);
        } catch (InvalidDestinationException thrown) {
            assertThat(told.getCount()).isEqualTo(1);
        }
    }

    @Test
    void aCompletionListenerMustNotCloseItsOwnProducerOrSession() throws Exception {
        // Jakarta Messaging 3.1 §7.3.4: a CompletionListener calling close on its own producer or session gets ISE
        MessageProducer producer = session.createProducer(queue);
        AtomicReference<Exception> closeProducer = new AtomicReference<>();
        AtomicReference<Exception> closeSession = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        producer.send(session.createMessage(), new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                try {
                    producer.close();
                } catch (Exception e) {
                    closeProducer.set(e);
                }
                try {
                    session.close();
                } catch (Exception e) {
                    closeSession.set(e);
                }
                done.countDown();
            }

            @Override
            public void onException(Message message, Exception exception) {
                done.countDown();
            }
        });
        Await.latch(done);
        assertThat(closeProducer.get()).isInstanceOf(IllegalStateException.class);
        assertThat(closeSession.get()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeWaitsForOutstandingAsyncSends() throws Exception {
        // Jakarta Messaging 3.1 §7.3.4: close blocks until incomplete sends completed and their callbacks returned
        MessageProducer producer = session.createProducer(queue);
        CountDownLatch callbacks = new CountDownLatch(50);
        CompletionListener listener = new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                callbacks.countDown();
            }

            @Override
            public void onException(Message message, Exception exception) {
                callbacks.countDown();
            }
        };
        for (int i = 0; i < 50; i++) {
            producer.send(session.createMessage(), listener);
        }
        producer.close();
        assertThat(callbacks.getCount()).isZero();
    }

    @Test
    void closedProducerRefusesUseButClosesAgainQuietly() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15 (MessageProducer.close javadoc): a closed producer throws IllegalStateException
        MessageProducer producer = session.createProducer(queue);
        producer.close();
        producer.close();
        assertThatThrownBy(() -> producer.send(session.createMessage())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(producer::getDestination).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> producer.setPriority(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nonPersistentAndPersistentMessagesAreBothDelivered() throws Exception {
        // Jakarta Messaging 3.1 §7.7: both delivery modes are supported and received with their mode
        MessageProducer producer = session.createProducer(queue);
        producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        producer.send(session.createTextMessage("np"));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        producer.send(session.createTextMessage("p"));
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(consumer.receive(5000).getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(consumer.receive(5000).getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
    }

    @Test
    void aForeignMessageImplementationIsAccepted() throws Exception {
        // Jakarta Messaging 3.1 §3.12: a provider must accept a message whose implementation is not its own
        Message foreign = (Message) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Message.class}, new ForeignMessage());
        session.createProducer(queue).send(foreign);
        Message got = session.createConsumer(queue).receive(5000);
        assertThat(got).isNotNull();
        assertThat(got.getStringProperty("origin")).isEqualTo("foreign");
        assertThat(got.getJMSType()).isEqualTo("ft");
    }

    /** A minimal foreign Message: properties and a few headers, backed by a map. */
    private static final class ForeignMessage implements java.lang.reflect.InvocationHandler {
        private final java.util.Map<String, Object> headers = new java.util.HashMap<>();

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) {
            String name = method.getName();
            switch (name) {
                case "getPropertyNames":
                    return java.util.Collections.enumeration(List.of("origin"));
                case "getObjectProperty":
                case "getStringProperty":
                    return "origin".equals(args[0]) ? "foreign" : null;
                case "propertyExists":
                    return "origin".equals(args[0]);
                case "getJMSType":
                    return "ft";
                case "getJMSPriority":
                    return 4;
                case "getJMSDeliveryMode":
                    return DeliveryMode.PERSISTENT;
                case "getJMSTimestamp":
                case "getJMSExpiration":
                case "getJMSDeliveryTime":
                    return 0L;
                case "getJMSRedelivered":
                case "isBodyAssignableTo":
                    return false;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return "ForeignMessage";
                default:
                    if (name.startsWith("set")) {
                        headers.put(name, args == null ? null : args[0]);
                        return null;
                    }
                    return headers.get("s" + name.substring(1));
            }
        }
    }
}
