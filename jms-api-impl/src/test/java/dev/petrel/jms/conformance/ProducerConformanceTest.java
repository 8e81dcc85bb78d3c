package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.FakeBroker;
import dev.petrel.jms.PetrelConnection;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTopic;
import jakarta.jms.CompletionListener;
import jakarta.jms.DeliveryMode;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueSender;
import jakarta.jms.Session;
import jakarta.jms.TopicPublisher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Chapter 7 sending messages: MessageProducer rules, headers the provider sets, asynchronous send.
class ProducerConformanceTest {

    private final FakeBroker broker = new FakeBroker();
    private Session session;

    @BeforeEach
    void connect() throws JMSException {
        PetrelConnection connection = broker.connect("");
        session = connection.createSession();
    }

    @Test
    void producerWithDestinationRefusesSendsNamingOne() throws Exception {
        // MessageProducer.send(Destination, Message) javadoc: UnsupportedOperationException with a fixed destination
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        Message m = session.createMessage();
        assertThatThrownBy(() -> p.send(new PetrelQueue("other"), m)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.send(new PetrelQueue("o"), m, DeliveryMode.PERSISTENT, 4, 0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anonymousProducerRefusesSendsWithoutDestination() throws Exception {
        // MessageProducer.send(Message) javadoc: UnsupportedOperationException without a destination at creation
        MessageProducer p = session.createProducer(null);
        Message m = session.createMessage();
        assertThatThrownBy(() -> p.send(m)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.send(m, DeliveryMode.PERSISTENT, 4, 0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void domainProducersFollowTheSameRule() throws Exception {
        // QueueSender.send and TopicPublisher.publish javadoc: the same UnsupportedOperationException cases
        QueueSender sender = (QueueSender) session.createProducer(new PetrelQueue("q"));
        TopicPublisher publisher = (TopicPublisher) session.createProducer(null);
        Message m = session.createMessage();
        assertThatThrownBy(() -> sender.send(new PetrelQueue("x"), m)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> publisher.publish(m)).isInstanceOf(UnsupportedOperationException.class);
        publisher.publish(new PetrelTopic("t"), m);
        assertThat(broker.sent).hasSize(1);
    }

    @Test
    void anonymousProducerNeedsANonNullDestination() throws Exception {
        // MessageProducer.send javadoc: InvalidDestinationException for an invalid destination
        MessageProducer p = session.createProducer(null);
        assertThatThrownBy(() -> p.send(null, session.createMessage())).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void nullMessageIsRefused() throws Exception {
        // MessageProducer.send javadoc: MessageFormatException for an invalid message
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        assertThatThrownBy(() -> p.send(null)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void sendSetsTheProviderHeaders() throws Exception {
        // Jakarta Messaging 3.1 §3.4.11 headers set by send: destination, mode, expiration, priority, id, timestamp, delivery time
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        p.setTimeToLive(60_000);
        p.setDeliveryDelay(5_000);
        Message m = session.createMessage();
        long before = System.currentTimeMillis();
        p.send(m, DeliveryMode.NON_PERSISTENT, 8, 60_000);
        assertThat(m.getJMSDestination()).isEqualTo(new PetrelQueue("q"));
        assertThat(m.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(m.getJMSPriority()).isEqualTo(8);
        assertThat(m.getJMSMessageID()).startsWith("ID:");
        assertThat(m.getJMSTimestamp()).isBetween(before, System.currentTimeMillis());
        assertThat(m.getJMSExpiration()).isEqualTo(m.getJMSTimestamp() + 60_000);
        assertThat(m.getJMSDeliveryTime()).isEqualTo(m.getJMSTimestamp() + 5_000);
    }

    @Test
    void zeroTimeToLiveMeansNoExpiration() throws Exception {
        // Jakarta Messaging 3.1 §3.4.9 JMSExpiration is 0 when the time-to-live is 0
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        Message m = session.createMessage();
        p.send(m);
        assertThat(m.getJMSExpiration()).isZero();
    }

    @Test
    void disabledIdAndTimestampAreLeftEmpty() throws Exception {
        // MessageProducer.setDisableMessageID/Timestamp javadoc
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        p.setDisableMessageID(true);
        p.setDisableMessageTimestamp(true);
        Message m = session.createMessage();
        p.send(m);
        assertThat(m.getJMSMessageID()).isNull();
        assertThat(m.getJMSTimestamp()).isZero();
        assertThat(broker.sent.get(0).messageId()).isNull();
    }

    @Test
    void persistentSendWaitsForAReceiptNonPersistentDoesNot() throws Exception {
        // Jakarta Messaging 3.1 §3.4.2 PERSISTENT delivery: Petrel returns from send once the broker has stored it
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        p.send(session.createMessage());
        p.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        p.send(session.createMessage());
        assertThat(broker.calls("send")).containsExactly("send receipt", "send no-receipt");
    }

    @Test
    void producerDefaultsAreThoseOfTheJavadoc() throws Exception {
        // MessageProducer javadoc: PERSISTENT, priority 4, time-to-live 0, delivery delay 0
        MessageProducer p = session.createProducer(null);
        assertThat(p.getDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        assertThat(p.getPriority()).isEqualTo(Message.DEFAULT_PRIORITY);
        assertThat(p.getTimeToLive()).isZero();
        assertThat(p.getDeliveryDelay()).isZero();
        assertThat(p.getDisableMessageID()).isFalse();
        assertThat(p.getDestination()).isNull();
    }

    @Test
    void invalidPriorityAndDeliveryModeAreRefused() throws Exception {
        // Jakarta Messaging 3.1 §3.4.10 priority 0-9; §3.4.2 two delivery modes
        MessageProducer p = session.createProducer(null);
        assertThatThrownBy(() -> p.setPriority(10)).isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> p.setDeliveryMode(3)).isInstanceOf(JMSException.class);
    }

    @Test
    void closedProducerRefusesCallsAndClosesQuietlyAgain() throws Exception {
        // MessageProducer.close javadoc: further calls throw IllegalStateException; close is idempotent
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        p.close();
        assertThatCode(p::close).doesNotThrowAnyException();
        assertThatThrownBy(() -> p.send(session.createMessage())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(p::getPriority).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completionListenerIsCalledOnceTheBrokerHasTheMessage() throws Exception {
        // Jakarta Messaging 3.1 §7.3 asynchronous send: onCompletion after the provider has the message
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        p.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        CompletableFuture<Message> done = new CompletableFuture<>();
        Message m = session.createMessage();
        p.send(m, listener(done));
        assertThat(done.get(5, TimeUnit.SECONDS)).isSameAs(m);
        assertThat(broker.calls("send")).containsExactly("send receipt");
    }

    @Test
    void failedAsyncSendReportsToOnException() throws Exception {
        // Jakarta Messaging 3.1 §7.3 asynchronous send: onException with the failure
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        broker.failNext("send", new jakarta.jms.ResourceAllocationException("full"));
        CompletableFuture<Message> done = new CompletableFuture<>();
        p.send(session.createMessage(), listener(done));
        assertThatThrownBy(() -> done.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(jakarta.jms.ResourceAllocationException.class);
    }

    @Test
    void callbacksMustNotCloseTheirSessionOrConnection() throws Exception {
        // Jakarta Messaging 3.1 §7.3 a CompletionListener must not close its session, producer or connection
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        CompletableFuture<Throwable> seen = new CompletableFuture<>();
        p.send(session.createMessage(), new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                try {
                    session.close();
                    seen.complete(null);
                } catch (JMSException e) {
                    seen.complete(e);
                }
            }

            @Override
            public void onException(Message message, Exception exception) {
                seen.complete(exception);
            }
        });
        assertThat(seen.get(5, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sessionCloseWaitsForOutstandingAsyncSends() throws Exception {
        // Session.close javadoc: does not return until incomplete asynchronous sends have completed
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        broker.sendAnswer = new CompletableFuture<>();
        CompletableFuture<Message> done = new CompletableFuture<>();
        p.send(session.createMessage(), listener(done));
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            try {
                session.close();
            } catch (JMSException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        // a wrong close would return early: it must still be waiting after a bounded look
        assertThatThrownBy(() -> closing.get(100, TimeUnit.MILLISECONDS))
                .isInstanceOf(java.util.concurrent.TimeoutException.class);
        broker.sendAnswer.complete(null);
        closing.get(5, TimeUnit.SECONDS);
        assertThat(done).isDone();
    }

    @Test
    void nullCompletionListenerIsRefused() throws Exception {
        // MessageProducer.send(Message, CompletionListener) javadoc: IllegalArgumentException for null
        MessageProducer p = session.createProducer(new PetrelQueue("q"));
        assertThatThrownBy(() -> p.send(session.createMessage(), (CompletionListener) null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CompletionListener listener(CompletableFuture<Message> done) {
        return new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                done.complete(message);
            }

            @Override
            public void onException(Message message, Exception exception) {
                done.completeExceptionally(exception);
            }
        };
    }
}
