package dev.petrel.itests;

import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The clients of one broker life in the kill -9 test: a producer to the queue, a publisher to the topic, a
 * CLIENT_ACKNOWLEDGE consumer of the queue and one of the durable subscription. Each runs on its own thread
 * until {@link #stop} or until the broker dies under it; what each learned for sure goes into the ledger.
 */
final class KillNineClients {

    static final String QUEUE = "kill9.queue";
    static final String TOPIC = "kill9.topic";
    static final String CLIENT_ID = "kill9-subscriber";
    static final String SUBSCRIPTION = "audit";

    private final String url;
    private final DurabilityLedger ledger;
    private final Random random;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();

    private KillNineClients(String url, DurabilityLedger ledger, long seed) {
        this.url = url;
        this.ledger = ledger;
        this.random = new Random(seed);
    }

    /** Starts consumers, and producers too when {@code produce}. */
    static KillNineClients start(String url, DurabilityLedger ledger, long seed, boolean produce) {
        KillNineClients clients = new KillNineClients(url, ledger, seed);
        if (produce) {
            clients.run("producer", () -> clients.produce(false, "q-"));
            clients.run("publisher", () -> clients.produce(true, "t-"));
        }
        clients.run("consumer", () -> clients.consume(false, clients.random.nextLong()));
        clients.run("subscriber", () -> clients.consume(true, clients.random.nextLong()));
        return clients;
    }

    private interface Work {
        void run() throws JMSException;
    }

    private void run(String role, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (JMSException | RuntimeException e) {
                // the broker died under it: what it did not confirm stays in doubt
            }
        }, "kill9-" + role);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private Connection connect(String clientId) throws JMSException {
        Connection connection = new PetrelConnectionFactory(url).createConnection();
        connections.add(connection);
        if (clientId != null) {
            connection.setClientID(clientId);
        }
        connection.start();
        return connection;
    }

    private void produce(boolean topic, String prefix) throws JMSException {
        Session session = connect(null).createSession(false, Session.AUTO_ACKNOWLEDGE);
        Destination destination = topic ? session.createTopic(TOPIC) : session.createQueue(QUEUE);
        MessageProducer producer = session.createProducer(destination);
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        while (running.get()) {
            String id = ledger.nextId(prefix);
            producer.send(session.createTextMessage(id));
            ledger.sendConfirmed(id);
        }
    }

    /** Receives and acknowledges every few messages, so some are always received but not yet acknowledged. */
    private void consume(boolean topic, long seed) throws JMSException {
        Random own = new Random(seed);
        Session session = connect(topic ? CLIENT_ID : null).createSession(false, Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer consumer = topic ? session.createDurableSubscriber(session.createTopic(TOPIC), SUBSCRIPTION)
                : session.createConsumer(session.createQueue(QUEUE));
        List<String> unacknowledged = new ArrayList<>();
        int ackEvery = 1 + own.nextInt(5);
        Message last = null;
        while (running.get()) {
            Message m = consumer.receive(100);
            if (m == null) {
                continue;
            }
            last = m;
            String id = ((TextMessage) m).getText();
            ledger.received(id, m.getJMSRedelivered());
            unacknowledged.add(id);
            if (unacknowledged.size() >= ackEvery) {
                m.acknowledge();
                ledger.acknowledged(unacknowledged);
                unacknowledged.clear();
                ackEvery = 1 + own.nextInt(5);
            }
        }
        if (!unacknowledged.isEmpty()) {
            last.acknowledge();
            ledger.acknowledged(unacknowledged);
        }
    }

    /** Stops every client and waits for its thread; connections to a dead broker are closed quietly. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (JMSException e) {
                // the broker is gone
            }
        }
    }
}
