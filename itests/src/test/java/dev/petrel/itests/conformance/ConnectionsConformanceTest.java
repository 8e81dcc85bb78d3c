package dev.petrel.itests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.Broker;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnection;
import jakarta.jms.Session;
import jakarta.jms.TopicConnection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Messaging 3.1 §6.1 (connections) against a real broker over TCP. */
@Timeout(30)
class ConnectionsConformanceTest {

    @RegisterExtension
    static final SharedBroker BROKER = new SharedBroker();

    @TempDir
    java.nio.file.Path dataDirectory;

    @Test
    void aNewConnectionDeliversNothingUntilStarted() throws Exception {
        // Jakarta Messaging 3.1 §6.1.4: a connection is created in stopped mode; no messages are delivered to it
        Connection connection = BROKER.connection();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        session.createProducer(queue).send(session.createTextMessage("x"));
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(consumer.receive(200)).isNull();
        connection.start();
        assertThat(consumer.receive(5000)).isNotNull();
    }

    @Test
    void aStoppedConnectionCanStillSend() throws Exception {
        // Jakarta Messaging 3.1 §6.1.4: whether a connection is started has no effect on sending
        Connection stopped = BROKER.connection();
        Session session = stopped.createSession();
        Queue queue = session.createQueue(BROKER.name());
        session.createProducer(queue).send(session.createTextMessage("sent while stopped"));
        Session reader = BROKER.started().createSession();
        assertThat(((jakarta.jms.TextMessage) reader.createConsumer(queue).receive(5000)).getText())
                .isEqualTo("sent while stopped");
    }

    @Test
    void stopPausesSynchronousReceiveAndStartResumesIt() throws Exception {
        // Jakarta Messaging 3.1 §6.1.5: while stopped, receives do not return messages; the timers keep running
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageConsumer consumer = session.createConsumer(queue);
        connection.stop();
        session.createProducer(queue).send(session.createTextMessage("x"));
        assertThat(consumer.receive(300)).isNull();
        connection.start();
        assertThat(consumer.receive(5000)).isNotNull();
    }

    @Test
    void stopWaitsForRunningListenersAndPausesAsyncDelivery() throws Exception {
        // Jakarta Messaging 3.1 §6.1.5: stop must not return until delivery has paused and running listeners returned
        Connection connection = BROKER.started();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Integer> calls = new AtomicReference<>(0);
        session.createConsumer(queue).setMessageListener(m -> {
            calls.updateAndGet(c -> c + 1);
            inListener.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Session producerSession = connection.createSession();
        producerSession.createProducer(queue).send(producerSession.createTextMessage("1"));
        Await.latch(inListener);
        Thread releaser = new Thread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        connection.stop();
        assertThat(release.getCount()).as("stop returned before the listener did").isZero();
        producerSession.createProducer(queue).send(producerSession.createTextMessage("2"));
        Session probe = BROKER.started().createSession();
        assertThat(calls.get()).isEqualTo(1);
        connection.start();
        Await.until(() -> calls.get() == 2);
        probe.close();
    }

    @Test
    void startingAStartedAndStoppingAStoppedConnectionAreIgnored() throws Exception {
        // Jakarta Messaging 3.1 §6.1.5: stopping a stopped connection and starting a started one are ignored
        Connection connection = BROKER.connection();
        connection.stop();
        connection.start();
        connection.start();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        session.createProducer(queue).send(session.createMessage());
        assertThat(session.createConsumer(queue).receive(5000)).isNotNull();
    }

    @Test
    void clientIdCanBeSetRightAfterCreation() throws Exception {
        // Jakarta Messaging 3.1 §6.1.2: a client sets the client identifier immediately after creating the connection
        Connection connection = BROKER.connection();
        String id = BROKER.name("cid");
        connection.setClientID(id);
        assertThat(connection.getClientID()).isEqualTo(id);
    }

    @Test
    void clientIdCannotBeSetAfterAnotherAction() throws Exception {
        // Jakarta Messaging 3.1 §6.1.2: setting the client identifier after any other action is an IllegalStateException
        Connection connection = BROKER.connection();
        connection.createSession().close();
        assertThatThrownBy(() -> connection.setClientID(BROKER.name("cid")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clientIdCannotBeSetTwice() throws Exception {
        // Jakarta Messaging 3.1 §6.1.2: the client identifier is set once; a second attempt is an IllegalStateException
        Connection connection = BROKER.connection();
        connection.setClientID(BROKER.name("cid"));
        assertThatThrownBy(() -> connection.setClientID(BROKER.name("cid2")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAdministrativelyConfiguredClientIdCannotBeChanged() throws Exception {
        // Jakarta Messaging 3.1 §6.1.2: changing an administratively configured identifier is an IllegalStateException
        String id = BROKER.name("cid");
        Connection connection = BROKER.connection("jms.clientID=" + id);
        assertThat(connection.getClientID()).isEqualTo(id);
        assertThatThrownBy(() -> connection.setClientID(BROKER.name("other")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClientIdInUseByAnotherConnectionIsRejected() throws Exception {
        // Jakarta Messaging 3.1 §6.1.2 and §10.3: a client ID in use is rejected with InvalidClientIDException
        String id = BROKER.name("cid");
        BROKER.connection().setClientID(id);
        Connection second = BROKER.connection();
        assertThatThrownBy(() -> second.setClientID(id)).isInstanceOf(InvalidClientIDException.class);
    }

    @Test
    void aClientIdIsFreedWhenItsConnectionCloses() throws Exception {
        // Jakarta Messaging 3.1 §6.1.2: the client state is in use by one client at a time, and free after it closes
        String id = BROKER.name("cid");
        Connection first = BROKER.factory().createConnection();
        first.setClientID(id);
        first.close();
        Connection second = BROKER.connection();
        second.setClientID(id);
        assertThat(second.getClientID()).isEqualTo(id);
    }

    @Test
    void aFactoryConfiguredClientIdInUseFailsConnectionCreation() throws Exception {
        // Jakarta Messaging 3.1 §6.1.2: a provider must prevent concurrently executing clients sharing a client ID
        String id = BROKER.name("cid");
        BROKER.connection("jms.clientID=" + id);
        assertThatThrownBy(() -> BROKER.factory("jms.clientID=" + id).createConnection())
                .isInstanceOf(InvalidClientIDException.class);
    }

    @Test
    void metaDataNamesTheProviderAndJmsVersionAndJmsxDeliveryCount() throws Exception {
        // Jakarta Messaging 3.1 §6.1.6: ConnectionMetaData gives the JMS version, provider and the JMSX names supported
        ConnectionMetaData meta = BROKER.connection().getMetaData();
        assertThat(meta.getJMSMajorVersion()).isGreaterThanOrEqualTo(2);
        assertThat(meta.getJMSVersion()).isNotBlank();
        assertThat(meta.getJMSProviderName()).isNotBlank();
        assertThat(meta.getProviderVersion()).isNotBlank();
        assertThat(meta.getProviderMajorVersion()).isGreaterThanOrEqualTo(0);
        assertThat(meta.getProviderMinorVersion()).isGreaterThanOrEqualTo(0);
        assertThat(meta.getJMSMinorVersion()).isGreaterThanOrEqualTo(0);
        List<Object> names = Collections.list(meta.getJMSXPropertyNames());
        assertThat(names).contains("JMSXDeliveryCount", "JMSXGroupID", "JMSXGroupSeq");
    }

    @Test
    void exceptionListenerIsToldWhenTheBrokerDies() throws Exception {
        // Jakarta Messaging 3.1 §6.1.7: a problem with the connection is reported to its ExceptionListener
        Broker own = SharedBroker.startBroker(dataDirectory);
        {
            Connection connection = new PetrelConnectionFactory("tcp://127.0.0.1:" + own.port()).createConnection();
            CountDownLatch told = new CountDownLatch(1);
            AtomicReference<JMSException> cause = new AtomicReference<>();
            connection.setExceptionListener(e -> {
                cause.set(e);
                told.countDown();
            });
            assertThat(connection.getExceptionListener()).isNotNull();
            own.close();
            Await.latch(told);
            assertThat(cause.get()).isNotNull();
            connection.close();
        }
    }

    @Test
    void closingAConnectionWhoseBrokerDiedIsQuietAndRepeatable() throws Exception {
        // Jakarta Messaging 3.1 §6.1.8: closing releases the connection's resources; closing a closed one never throws
        Broker own = SharedBroker.startBroker(dataDirectory);
        Connection connection = new PetrelConnectionFactory("tcp://127.0.0.1:" + own.port()).createConnection();
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        session.createConsumer(session.createQueue(BROKER.name()));
        CountDownLatch told = new CountDownLatch(1);
        connection.setExceptionListener(e -> told.countDown());
        own.close();
        Await.latch(told);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (Connection c = connection) {
                c.createSession().createProducer(null);
            }
        });
        assertThat(thrown).as("what the body threw, not a self-suppression failure of close")
                .isInstanceOf(JMSException.class).hasNoSuppressedExceptions();
        connection.close();
    }

    @Test
    void closingAClosedConnectionDoesNotThrow() throws Exception {
        // Jakarta Messaging 3.1 §6.1.8: closing a closed connection must NOT throw an exception
        Connection connection = BROKER.factory().createConnection();
        connection.close();
        connection.close();
    }

    @Test
    void aClosedConnectionRefusesUse() throws Exception {
        // Jakarta Messaging 3.1 §6.1.8: once closed, using the connection throws IllegalStateException
        Connection connection = BROKER.factory().createConnection();
        connection.close();
        assertThatThrownBy(connection::createSession).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(connection::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(connection::getClientID).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(connection::getMetaData).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeEndsABlockedReceive() throws Exception {
        // Jakarta Messaging 3.1 §6.1.8: a close terminates pending receives on the connection's consumers
        Connection connection = BROKER.factory().createConnection();
        connection.start();
        Session session = connection.createSession();
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
        Await.until(() -> receiver.getState() == Thread.State.WAITING || receiver.getState() == Thread.State.TIMED_WAITING);
        connection.close();
        receiver.join(5000);
        assertThat(receiver.isAlive()).isFalse();
        assertThat(result.get()).isNull();
    }

    @Test
    void closingAConnectionClosesItsSessionsAndConsumers() throws Exception {
        // Jakarta Messaging 3.1 §6.1.8: closing a connection closes its sessions, producers, consumers and browsers
        Connection connection = BROKER.factory().createConnection();
        Session session = connection.createSession();
        Queue queue = session.createQueue(BROKER.name());
        MessageConsumer consumer = session.createConsumer(queue);
        var producer = session.createProducer(queue);
        var browser = session.createBrowser(queue);
        Message message = session.createTextMessage("x");
        connection.close();
        assertThatThrownBy(() -> session.createMessage()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> consumer.receiveNoWait()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> producer.send(message))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(browser::getEnumeration).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAConnectionRollsBackItsTransactions() throws Exception {
        // Jakarta Messaging 3.1 §6.1.8: closing a connection must roll back the transactions in progress
        Connection connection = BROKER.factory().createConnection();
        Session tx = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = tx.createQueue(BROKER.name());
        tx.createProducer(queue).send(tx.createTextMessage("never committed"));
        connection.close();
        Session reader = BROKER.started().createSession();
        assertThat(reader.createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void closingAConnectionDoesNotAcknowledgeClientAcknowledgedMessages() throws Exception {
        // Jakarta Messaging 3.1 §6.1.8: closing a connection does NOT force an acknowledge of client-acknowledged sessions
        Connection connection = BROKER.factory().createConnection();
        connection.start();
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(BROKER.name());
        session.createProducer(queue).send(session.createTextMessage("x"));
        Message received = session.createConsumer(queue).receive(5000);
        assertThat(received).isNotNull();
        connection.close();
        assertThatThrownBy(received::acknowledge).isInstanceOf(IllegalStateException.class);
        Message again = BROKER.started().createSession().createConsumer(queue).receive(5000);
        assertThat(again).isNotNull();
        assertThat(again.getJMSRedelivered()).isTrue();
    }

    @Test
    void queueAndTopicConnectionsCreateTheirDomainSessions() throws Exception {
        // Jakarta Messaging 3.1 §6.1: QueueConnection and TopicConnection create QueueSession and TopicSession objects
        PetrelConnectionFactory factory = BROKER.factory();
        QueueConnection qc = BROKER.track(factory.createQueueConnection());
        TopicConnection tc = BROKER.track(factory.createTopicConnection());
        assertThat(qc.createQueueSession(false, Session.AUTO_ACKNOWLEDGE).getAcknowledgeMode())
                .isEqualTo(Session.AUTO_ACKNOWLEDGE);
        assertThat(tc.createTopicSession(true, Session.AUTO_ACKNOWLEDGE).getTransacted()).isTrue();
        assertThat(BROKER.track(factory.createConnection(null, null)).createSession()).isNotNull();
        assertThat(BROKER.track(factory.createQueueConnection(null, null))).isNotNull();
        assertThat(BROKER.track(factory.createTopicConnection(null, null))).isNotNull();
    }
}
