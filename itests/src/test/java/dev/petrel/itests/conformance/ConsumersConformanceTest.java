package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §8.1, §8.2, §8.4–§8.8 (consumers: sync, async, listener rules, close). */
@Timeout(30)
class ConsumersConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    private static String text(Message m) throws Exception {
        return m == null ? null : ((TextMessage) m).getText();
    }

    private static void send(Session session, Queue queue, String... texts) throws Exception {
        var producer = session.createProducer(queue);
        for (String t : texts) {
            producer.send(session.createTextMessage(t));
        }
    }

    @Test
    void receiveWaitsForAMessage() throws Exception {
        // Jakarta Messaging 3.1 §8.5: receive() returns the next message produced for the consumer
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageConsumer consumer = session.createConsumer(queue);
        Thread sender = new Thread(() -> {
            try {
                Session s = connection.createSession();
                send(s, queue, "late");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        sender.start();
        assertThat(text(consumer.receive())).isEqualTo("late");
    }

    @Test
    void receiveWithTimeoutReturnsNullWhenNothingArrives() throws Exception {
        // Jakarta Messaging 3.1 §8.5: receive(timeout) returns null if no message arrives within the timeout
        Session session = BROKER.started().createSession();
        MessageConsumer consumer = session.createConsumer(session.createQueue(BROKER.name()));
        long start = System.nanoTime();
        assertThat(consumer.receive(150)).isNull();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(140);
    }

    @Test
    void receiveNoWaitReturnsOnlyWhatIsAvailable() throws Exception {
        // Jakarta Messaging 3.1 §8.5: receiveNoWait returns a message only if one is immediately available
        Session session = BROKER.started().createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(consumer.receiveNoWait()).isNull();
        send(session, queue, "x");
        Await.until(() -> {
            try {
                return consumer.receiveNoWait() != null;
            } catch (JMSException e) {
                throw new RuntimeException(e);
            }
        });
    }

    @Test
    void aPullConsumerWithoutPrefetchReceivesToo() throws Exception {
        // Jakarta Messaging 3.1 §8.5: receive semantics hold whatever the provider's prefetch setting
        Session session = BROKER.started("jms.prefetch=0").createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(consumer.receiveNoWait()).isNull();
        assertThat(consumer.receive(100)).isNull();
        send(session, queue, "1", "2");
        assertThat(text(consumer.receive(5000))).isEqualTo("1");
        assertThat(text(consumer.receive(5000))).isEqualTo("2");
    }

    @Test
    void eachQueueMessageGoesToOnlyOneConsumer() throws Exception {
        // Jakarta Messaging 3.1 §4.1.2: a queue may have several consumers; each message goes to only one of them
        Connection connection = BROKER.started("jms.prefetch=1");
        Session s1 = connection.createSession();
        Session s2 = connection.createSession();
        Queue queue = s1.createQueue(BROKER.name());
        MessageConsumer c1 = s1.createConsumer(queue);
        MessageConsumer c2 = s2.createConsumer(queue);
        send(s1, queue, "1", "2", "3", "4");
        List<String> got = new CopyOnWriteArrayList<>();
        for (Message m = c1.receive(300); m != null; m = c1.receive(300)) {
            got.add(text(m));
        }
        for (Message m = c2.receive(300); m != null; m = c2.receive(300)) {
            got.add(text(m));
        }
        assertThat(got).containsExactlyInAnyOrder("1", "2", "3", "4");
    }

    @Test
    void aListenerReceivesMessagesAsTheyArrive() throws Exception {
        // Jakarta Messaging 3.1 §8.7: a registered MessageListener gets each message through onMessage
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        List<String> got = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        MessageConsumer consumer = session.createConsumer(queue);
        MessageListener listener = m -> {
            try {
                got.add(text(m));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
            three.countDown();
        };
        consumer.setMessageListener(listener);
        assertThat(consumer.getMessageListener()).isSameAs(listener);
        send(connection.createSession(), queue, "1", "2", "3");
        Await.latch(three);
        assertThat(got).containsExactly("1", "2", "3");
    }

    @Test
    void aConsumerWithAListenerCannotReceiveSynchronously() throws Exception {
        // Jakarta Messaging 3.1 §6.2.5: a session with message listeners cannot also receive synchronously
        Session session = BROKER.connection().createSession();
        MessageConsumer consumer = session.createConsumer(session.createQueue(BROKER.name()));
        consumer.setMessageListener(m -> { });
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateException.class);
        consumer.setMessageListener(null);
        assertThat(consumer.receiveNoWait()).isNull();
    }

    @Test
    void aListenerSetBeforeStartGetsNothingUntilStart() throws Exception {
        // Jakarta Messaging 3.1 §8.4: no message is delivered to a listener until the connection is started
        Connection connection = BROKER.connection();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "x");
        CountDownLatch got = new CountDownLatch(1);
        session.createConsumer(queue).setMessageListener(m -> got.countDown());
        assertThat(got.await(200, TimeUnit.MILLISECONDS)).isFalse();
        connection.start();
        Await.latch(got);
    }

    @Test
    void aListenerMayBeReplacedWhileRunning() throws Exception {
        // Jakarta Messaging 3.1 §8.7 (MessageConsumer.setMessageListener javadoc): replacing the listener takes effect
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageConsumer consumer = session.createConsumer(queue);
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        consumer.setMessageListener(m -> first.countDown());
        Session producer = connection.createSession();
        send(producer, queue, "1");
        Await.latch(first);
        consumer.setMessageListener(m -> second.countDown());
        send(producer, queue, "2");
        Await.latch(second);
    }

    @Test
    void aListenerMayUseItsSessionToSend() throws Exception {
        // Jakarta Messaging 3.1 §6.2.5: a session's listeners have the full services of their session
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue in = session.createQueue(BROKER.name("in"));
        Queue out = session.createQueue(BROKER.name("out"));
        var producer = session.createProducer(out);
        session.createConsumer(in).setMessageListener(m -> {
            try {
                producer.send(session.createTextMessage("echo " + text(m)));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Session other = connection.createSession();
        send(other, in, "hi");
        assertThat(text(other.createConsumer(out).receive(5000))).isEqualTo("echo hi");
    }

    @Test
    void closeEndsABlockedReceiveWithNull() throws Exception {
        // Jakarta Messaging 3.1 §8.8: a blocked receive returns null when its consumer is closed from another thread
        Session session = BROKER.started().createSession();
        MessageConsumer consumer = session.createConsumer(session.createQueue(BROKER.name()));
        AtomicReference<Object> result = new AtomicReference<>("pending");
        Thread receiver = new Thread(() -> {
            try {
                result.set(consumer.receive());
            } catch (JMSException e) {
                result.set(e);
            }
        });
        receiver.start();
        Await.until(() -> receiver.getState() == Thread.State.WAITING);
        consumer.close();
        receiver.join(5000);
        assertThat(receiver.isAlive()).isFalse();
        assertThat(result.get()).isNull();
    }

    @Test
    void closeWaitsForARunningListener() throws Exception {
        // Jakarta Messaging 3.1 §8.8: close from another thread blocks until the running listener has completed
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageConsumer consumer = session.createConsumer(queue);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        consumer.setMessageListener(m -> {
            inside.countDown();
            try {
                TimeUnit.MILLISECONDS.sleep(200); // simulated work, not a synchronizer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.countDown();
        });
        send(connection.createSession(), queue, "x");
        Await.latch(inside);
        consumer.close();
        assertThat(finished.getCount()).isZero();
    }

    @Test
    void aListenerMayCloseItsOwnConsumer() throws Exception {
        // Jakarta Messaging 3.1 §8.8: close called from the consumer's own onMessage lets onMessage complete normally
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageConsumer consumer = session.createConsumer(queue);
        CountDownLatch completed = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        consumer.setMessageListener(m -> {
            try {
                consumer.close();
            } catch (Exception e) {
                failure.set(e);
            }
            completed.countDown();
        });
        send(connection.createSession(), queue, "x", "y");
        Await.latch(completed);
        assertThat(failure.get()).isNull();
        Message y = connection.createSession().createConsumer(queue).receive(5000);
        assertThat(text(y)).isEqualTo("y");
    }

    @Test
    void aListenerMustNotStopOrCloseItsOwnConnection() throws Exception {
        // Jakarta Messaging 3.1 §6.1.5, §6.1.8: a listener calling stop/close on its own connection may get ISE
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        AtomicReference<Exception> stop = new AtomicReference<>();
        AtomicReference<Exception> close = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        session.createConsumer(queue).setMessageListener(m -> {
            try {
                connection.stop();
            } catch (Exception e) {
                stop.set(e);
            }
            try {
                connection.close();
            } catch (Exception e) {
                close.set(e);
            }
            done.countDown();
        });
        send(connection.createSession(), queue, "x");
        Await.latch(done);
        assertThat(stop.get()).isInstanceOf(IllegalStateException.class);
        assertThat(close.get()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAConsumerInAutoModeReturnsPrefetchedMessagesUnmarked() throws Exception {
        // Jakarta Messaging 3.1 §8.8, §6.2.11: messages never delivered to the application are not redeliveries
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        send(session, queue, "1", "2");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(5000))).isEqualTo("1");
        consumer.close();
        Message two = connection.createSession().createConsumer(queue).receive(5000);
        assertThat(text(two)).isEqualTo("2");
        assertThat(two.getJMSRedelivered()).isFalse();
    }

    @Test
    void aClosedConsumerRefusesUseAndClosesAgainQuietly() throws Exception {
        // Jakarta Messaging 3.1 §6.2.15 (MessageConsumer.close javadoc): a closed consumer throws IllegalStateException
        Session session = BROKER.connection().createSession();
        MessageConsumer consumer = session.createConsumer(session.createQueue(BROKER.name()), "a = 1");
        assertThat(consumer.getMessageSelector()).isEqualTo("a = 1");
        consumer.close();
        consumer.close();
        assertThatThrownBy(consumer::receive).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(consumer::getMessageSelector).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> consumer.setMessageListener(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(consumer::getMessageListener).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConsumerOnNoDestinationIsInvalid() throws Exception {
        // Jakarta Messaging 3.1 §10.3 (Session.createConsumer javadoc): a null destination is InvalidDestinationException
        Session session = BROKER.connection().createSession();
        assertThatThrownBy(() -> session.createConsumer(null)).isInstanceOf(InvalidDestinationException.class);
    }
}
