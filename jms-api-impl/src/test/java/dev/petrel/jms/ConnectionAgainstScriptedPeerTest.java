package dev.petrel.jms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.jms.client.ScriptedPeer;
import dev.petrel.protocol.Ack;
import dev.petrel.protocol.Close;
import dev.petrel.protocol.CloseConsumer;
import dev.petrel.protocol.CreateConsumer;
import dev.petrel.protocol.CreateProducer;
import dev.petrel.protocol.CreateSession;
import dev.petrel.protocol.Credit;
import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.Drain;
import dev.petrel.protocol.Frame;
import dev.petrel.protocol.Ok;
import dev.petrel.protocol.Send;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

// Tier 2: the JMS objects' frames, checked against a scripted peer; the real broker's tests live in broker-core.
class ConnectionAgainstScriptedPeerTest {

    /** Answers every request with OK and records what the client sent, until the client says CLOSE. */
    private static void answerUntilClose(ScriptedPeer peer, List<Frame> seen) throws IOException {
        Frame frame;
        do {
            frame = peer.next();
            seen.add(frame);
            if (frame.requestId() != 0) {
                peer.send(new Ok(frame.requestId()));
            }
        } while (!(frame instanceof Close));
    }

    @Test
    void persistentSendWaitsForTheReceiptAndAutoAckFollowsReceive() throws Exception {
        List<Frame> closing = new CopyOnWriteArrayList<>();
        try (ScriptedPeer peer = new ScriptedPeer()) {
            CompletableFuture<Void> script = peer.run(p -> {
                p.acceptHello(1 << 20);
                p.send(new Ok(p.expect(CreateSession.class).requestId()));
                p.send(new Ok(p.expect(CreateProducer.class).requestId()));
                Send send = p.expect(Send.class);
                assertThat(send.requestId()).isNotZero(); // persistent: a receipt is wanted
                assertThat(send.message().messageId()).startsWith("ID:");
                p.send(new Ok(send.requestId()));
                CreateConsumer create = p.expect(CreateConsumer.class);
                assertThat(create.prefetch()).isEqualTo(1000);
                p.send(new Ok(create.requestId()));
                p.send(new Deliver(create.consumerId(), 1, 1, send.message()));
                Ack ack = p.expect(Ack.class);
                assertThat(ack.firstDeliveryId()).isEqualTo(1);
                answerUntilClose(p, closing);
            });
            Connection connection = new PetrelConnectionFactory(peer.uri()).createConnection();
            Session session = connection.createSession();
            TextMessage sent = session.createTextMessage("hello");
            session.createProducer(session.createQueue("orders")).send(sent);
            assertThat(sent.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
            MessageConsumer consumer = session.createConsumer(session.createQueue("orders"));
            connection.start();
            TextMessage received = (TextMessage) consumer.receive(5_000);
            assertThat(received.getText()).isEqualTo("hello");
            assertThat(received.getJMSMessageID()).isEqualTo(sent.getJMSMessageID());
            connection.close();
            script.get(5, TimeUnit.SECONDS);
        }
        assertThat(closing).filteredOn(CloseConsumer.class::isInstance)
                .singleElement().extracting(f -> ((CloseConsumer) f).lastDeliveredId()).isEqualTo(1L);
    }

    @Test
    void pullConsumerReturnsAMessageThatArrivesBeforeTheDrainIsAnswered() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            CompletableFuture<Void> script = peer.run(p -> {
                p.acceptHello(1 << 20);
                p.send(new Ok(p.expect(CreateSession.class).requestId()));
                CreateConsumer create = p.expect(CreateConsumer.class);
                assertThat(create.prefetch()).isZero();
                p.send(new Ok(create.requestId()));
                assertThat(p.expect(Credit.class).credit()).isEqualTo(1);
                Drain drain = p.expect(Drain.class); // the receive timed out
                PetrelTextMessage late = new PetrelTextMessage("late");
                p.send(new Deliver(create.consumerId(), 1, 1,
                        WireMessages.toWire(late, create.destination())));
                p.send(new Ok(drain.requestId()));
                p.expect(Ack.class);
                answerUntilClose(p, new CopyOnWriteArrayList<>());
            });
            Connection connection = new PetrelConnectionFactory(peer.uri() + "?jms.prefetch=0").createConnection();
            connection.start();
            Session session = connection.createSession();
            MessageConsumer consumer = session.createConsumer(session.createQueue("work"));
            TextMessage received = (TextMessage) consumer.receive(50);
            assertThat(received.getText()).isEqualTo("late");
            connection.close();
            script.get(5, TimeUnit.SECONDS);
        }
    }
}
