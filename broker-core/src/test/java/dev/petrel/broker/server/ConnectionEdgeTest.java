package dev.petrel.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.ProtocolConfig;
import dev.petrel.protocol.CreateConsumer;
import dev.petrel.protocol.CreateProducer;
import dev.petrel.protocol.CreateSession;
import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Heartbeat;
import dev.petrel.protocol.Hello;
import dev.petrel.protocol.HelloOk;
import dev.petrel.protocol.Ok;
import dev.petrel.protocol.ProtocolVersion;
import dev.petrel.protocol.Send;
import dev.petrel.protocol.WireMessage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The broker's side of the protocol over a real socket, driven frame by frame. */
@Timeout(30)
class ConnectionEdgeTest {

    private static final int MAX_FRAME = 64 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(5);

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(c -> c.withProtocol(
            new ProtocolConfig(MAX_FRAME, Duration.ofSeconds(30), Duration.ofMillis(500))));

    private static Hello hello(int version, int heartbeatMs) {
        return new Hello(1, version, null, null, null, heartbeatMs);
    }

    private static HelloOk handshake(RawFrameClient client, int heartbeatMs) throws IOException {
        client.send(hello(ProtocolVersion.CURRENT, heartbeatMs));
        return (HelloOk) client.next(WAIT);
    }

    @Test
    void helloIsAnsweredWithTheAgreedVersionAndLimits() throws IOException {
        try (RawFrameClient client = new RawFrameClient(BROKER.port())) {
            HelloOk ok = handshake(client, 0);
            assertThat(ok.requestId()).isEqualTo(1);
            assertThat(ok.version()).isEqualTo(ProtocolVersion.CURRENT);
            assertThat(ok.brokerName()).isEqualTo("petrel");
            assertThat(ok.maxFrameSize()).isEqualTo(MAX_FRAME);
            assertThat(ok.heartbeatTimeoutMs()).isEqualTo(30_000);
        }
    }

    @Test
    void heartbeatTimeoutIsTheSmallerOfBothWishes() throws IOException {
        try (RawFrameClient client = new RawFrameClient(BROKER.port())) {
            assertThat(handshake(client, 10_000).heartbeatTimeoutMs()).isEqualTo(10_000);
        }
    }

    @Test
    void tooOldAClientIsRefusedWithBothVersionsNamed() throws IOException {
        try (RawFrameClient client = new RawFrameClient(BROKER.port())) {
            client.send(hello(0, 0));
            ErrorFrame error = (ErrorFrame) client.lastBeforeClose(WAIT);
            assertThat(error.code()).isEqualTo(ErrorCode.PROTOCOL_VERSION_MISMATCH);
            assertThat(error.message()).contains("version 0").contains("versions 1 to " + ProtocolVersion.CURRENT);
        }
    }

    @Test
    void aFrameBeforeHelloClosesTheConnection() throws IOException {
        try (RawFrameClient client = new RawFrameClient(BROKER.port())) {
            client.send(new CreateSession(3, 1, 1));
            ErrorFrame error = (ErrorFrame) client.lastBeforeClose(WAIT);
            assertThat(error.code()).isEqualTo(ErrorCode.HANDSHAKE_REQUIRED);
        }
    }

    @Test
    void aClientThatNeverSaysHelloIsClosedAfterTheHandshakeTimeout() throws IOException {
        try (RawFrameClient client = new RawFrameClient(BROKER.port())) {
            ErrorFrame error = (ErrorFrame) client.lastBeforeClose(WAIT);
            assertThat(error.code()).isEqualTo(ErrorCode.HANDSHAKE_REQUIRED);
            assertThat(error.message()).contains("500 ms");
        }
    }

    @Test
    void brokerSendsHeartbeatsAndClosesASilentClient() throws IOException {
        try (RawFrameClient client = new RawFrameClient(BROKER.port())) {
            handshake(client, 600);
            assertThat(client.next(WAIT)).isEqualTo(Heartbeat.INSTANCE);
            // the client never writes again: the broker must give up on it after the timeout
            Object last = client.lastBeforeClose(WAIT);
            assertThat(last).isIn(Heartbeat.INSTANCE, null);
        }
    }

    @Test
    void anOversizeFrameIsRefusedBeforeItsBodyArrives() throws IOException {
        try (RawFrameClient client = new RawFrameClient(BROKER.port())) {
            handshake(client, 0);
            client.sendBytes(ByteBuffer.allocate(4).putInt(MAX_FRAME + 1).array());
            ErrorFrame error = (ErrorFrame) client.lastBeforeClose(WAIT);
            assertThat(error.code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
            assertThat(error.message()).contains(String.valueOf(MAX_FRAME));
        }
    }

    @Test
    void garbageClosesOnlyThatConnection() throws IOException {
        try (RawFrameClient good = new RawFrameClient(BROKER.port());
                RawFrameClient bad = new RawFrameClient(BROKER.port())) {
            handshake(good, 0);
            handshake(bad, 0);
            byte[] garbage = new byte[4096];
            new Random(42).nextBytes(garbage);
            garbage[0] = 0;
            garbage[1] = 0;
            garbage[2] = 0;
            garbage[3] = 9; // a plausible length, then nonsense
            bad.sendBytes(garbage);
            Object last = bad.lastBeforeClose(WAIT);
            assertThat(last).isInstanceOf(ErrorFrame.class);
            assertThat(((ErrorFrame) last).code()).isEqualTo(ErrorCode.MALFORMED_FRAME);
            sendAndReceiveOne(good);
        }
    }

    @Test
    void aRequestForAnUnknownSessionIsRefusedAndTheConnectionStaysUsable() throws IOException {
        try (RawFrameClient client = new RawFrameClient(BROKER.port())) {
            handshake(client, 0);
            client.send(new CreateProducer(7, 99, 1, DestinationRef.queue("q")));
            ErrorFrame error = (ErrorFrame) client.next(WAIT);
            assertThat(error.requestId()).isEqualTo(7);
            assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_RESOURCE);
            assertThat(error.message()).contains("session 99");
            sendAndReceiveOne(client);
        }
    }

    /** Opens a session, a producer and a consumer on a fresh queue and moves one message through them. */
    private static void sendAndReceiveOne(RawFrameClient client) throws IOException {
        String queue = "raw-" + System.nanoTime();
        client.send(new CreateSession(10, 1, 1));
        assertThat(client.next(WAIT)).isEqualTo(new Ok(10));
        client.send(new CreateProducer(11, 1, 2, DestinationRef.queue(queue)));
        assertThat(client.next(WAIT)).isEqualTo(new Ok(11));
        client.send(new CreateConsumer(12, 1, 3, DestinationRef.queue(queue), null, false, 10,
                CreateConsumer.ConsumerKind.PLAIN, null));
        assertThat(client.next(WAIT)).isEqualTo(new Ok(12));
        WireMessage message = new WireMessage("ID:1", DestinationRef.queue(queue), true, 4, 0, 0, 0, null, null,
                null, null, new byte[0], WireMessage.BodyKind.TEXT, "hello".getBytes(StandardCharsets.UTF_8));
        client.send(new Send(13, 2, true, message));
        Object first = client.next(WAIT);
        Object second = client.next(WAIT);
        // the receipt and the delivery race on different threads; both must come
        assertThat(java.util.List.of(first, second)).anySatisfy(f -> assertThat(f).isEqualTo(new Ok(13)))
                .anySatisfy(f -> assertThat(f).isEqualTo(new Deliver(3, 1, 1, message)));
    }
}
