package dev.petrel.jms;

import dev.petrel.jms.client.BrokerClient;
import dev.petrel.jms.client.ConnectionInfo;
import dev.petrel.jms.client.ConsumerInfo;
import dev.petrel.jms.client.DeliveryListener;
import dev.petrel.jms.client.ProducerInfo;
import dev.petrel.jms.client.SessionInfo;
import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import jakarta.jms.JMSException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A {@link BrokerClient} that answers every request at once and records what it was asked, as short strings
 * ("ack 7 1..3", "commit 1", …), for client-side rules that need a connection but no broker. A test delivers
 * messages with {@link #deliver} and makes the next request of a kind fail with {@link #failNext}.
 */
public final class FakeBroker implements BrokerClient {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final List<WireMessage> sent = new CopyOnWriteArrayList<>();
    private final Map<Long, DeliveryListener> listeners = new ConcurrentHashMap<>();
    private final Map<String, JMSException> failures = new ConcurrentHashMap<>();
    /** Holds the answer to sends while set, so asynchronous sends stay outstanding. */
    public volatile CompletableFuture<Void> sendAnswer;

    /** A connection over this fake, with the given URI options (e.g. "?jms.clientID=a"). */
    public PetrelConnection connect(String query) throws JMSException {
        return PetrelConnection.open(ConnectionOptions.parse("tcp://localhost:61616" + query), s -> this,
                java.time.Clock.systemUTC());
    }

    /** A JMSContext over a new connection to this fake. */
    public PetrelJMSContext context(int sessionMode) throws JMSException {
        return new PetrelJMSContext(new ContextConnection(connect("")), sessionMode);
    }

    public void failNext(String call, JMSException failure) {
        failures.put(call, failure);
    }

    /** Delivers a message to a consumer as the broker would. */
    public void deliver(long consumerId, long deliveryId, int count, WireMessage message) {
        listeners.get(consumerId).onDeliver(new Deliver(consumerId, deliveryId, count, message));
    }

    public void browseEnd(long consumerId) {
        listeners.get(consumerId).onBrowseEnd();
    }

    /** The id of the last consumer created. */
    public long lastConsumerId() {
        return listeners.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private CompletableFuture<Void> answer(String call, String detail) {
        calls.add(call + (detail.isEmpty() ? "" : " " + detail));
        JMSException failure = failures.remove(call);
        return failure == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(failure);
    }

    @Override
    public ConnectionInfo connectionInfo() {
        return new ConnectionInfo("fake", "conn-1", 1, 0, 1 << 20, "fake-id");
    }

    @Override
    public CompletableFuture<Void> createSession(SessionInfo s) {
        return answer("createSession", s.sessionId() + " mode " + s.ackMode());
    }

    @Override
    public CompletableFuture<Void> closeSession(SessionInfo s) {
        return answer("closeSession", "" + s.sessionId());
    }

    @Override
    public CompletableFuture<Void> createProducer(ProducerInfo p) {
        return answer("createProducer", "" + p.destination());
    }

    @Override
    public CompletableFuture<Void> closeProducer(ProducerInfo p) {
        return answer("closeProducer", "" + p.producerId());
    }

    @Override
    public CompletableFuture<Void> createConsumer(ConsumerInfo c, DeliveryListener listener) {
        listeners.put(c.consumerId(), listener);
        return answer("createConsumer", c.kind() + " " + c.destination() + " " + c.subscriptionName());
    }

    @Override
    public CompletableFuture<Void> closeConsumer(ConsumerInfo c, long lastDeliveredId) {
        return answer("closeConsumer", c.consumerId() + " last " + lastDeliveredId);
    }

    @Override
    public CompletableFuture<Void> send(ProducerInfo p, WireMessage message, boolean receipt) {
        sent.add(message);
        CompletableFuture<Void> held = sendAnswer;
        CompletableFuture<Void> answered = answer("send", receipt ? "receipt" : "no-receipt");
        return held != null ? held : answered;
    }

    @Override
    public void acknowledge(ConsumerInfo c, long first, long last) {
        calls.add("ack " + c.consumerId() + " " + first + ".." + last);
    }

    @Override
    public CompletableFuture<Void> acknowledgeConfirmed(ConsumerInfo c, long first, long last) {
        return answer("ackConfirmed", c.consumerId() + " " + first + ".." + last);
    }

    @Override
    public CompletableFuture<Void> recover(ConsumerInfo c, long lastDeliveredId) {
        return answer("recover", c.consumerId() + " last " + lastDeliveredId);
    }

    @Override
    public CompletableFuture<Void> commit(SessionInfo s) {
        return answer("commit", "" + s.sessionId());
    }

    @Override
    public CompletableFuture<Void> rollback(SessionInfo s) {
        return answer("rollback", "" + s.sessionId());
    }

    @Override
    public CompletableFuture<Void> setClientId(String clientId) {
        return answer("setClientId", clientId);
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String name) {
        return answer("unsubscribe", name);
    }

    @Override
    public CompletableFuture<Void> createDestination(DestinationRef d) {
        return answer("createDestination", d.toString());
    }

    @Override
    public CompletableFuture<Void> deleteDestination(DestinationRef d) {
        return answer("deleteDestination", d.toString());
    }

    @Override
    public void credit(ConsumerInfo c, int credit) {
        if (credit > 0) {
            calls.add("credit " + c.consumerId() + " " + credit);
        }
    }

    @Override
    public CompletableFuture<Void> drain(ConsumerInfo c) {
        return answer("drain", "" + c.consumerId());
    }

    @Override
    public void onFailure(Consumer<JMSException> listener) {
    }

    @Override
    public void onAsyncError(Consumer<JMSException> listener) {
    }

    @Override
    public CompletableFuture<Void> close() {
        return answer("close", "");
    }

    /** The calls that start with {@code prefix}. */
    public List<String> calls(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).toList();
    }
}
