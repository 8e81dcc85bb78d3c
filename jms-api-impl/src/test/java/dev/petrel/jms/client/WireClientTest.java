package dev.petrel.jms.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.protocol.CreateSession;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Hello;
import dev.petrel.protocol.Ok;
import dev.petrel.protocol.ProtocolVersion;
import dev.petrel.protocol.WireMessage;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.ResourceAllocationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

// Tier 2: client edge cases against a scripted peer on a real loopback socket.
class WireClientTest {

    private static ClientSettings settings(ScriptedPeer peer, int connectTimeoutMs) {
        return new ClientSettings(peer.endpoint(), null, "alice", "secret", connectTimeoutMs, 0, 1 << 20);
    }

    @Test
    void versionMismatchAnswerFailsTheConnectNamingBothVersions() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            CompletableFuture<Void> script = peer.run(p -> {
                Hello hello = p.expect(Hello.class);
                p.send(new ErrorFrame(hello.requestId(), ErrorCode.PROTOCOL_VERSION_MISMATCH,
                        ProtocolVersion.mismatch(hello.version()) + " (broker speaks 7 to 9)"));
            });
            assertThatThrownBy(() -> WireClient.connect(settings(peer, 5_000)))
                    .isInstanceOf(JMSException.class)
                    .hasMessageContaining("versions " + ProtocolVersion.MIN + " to " + ProtocolVersion.CURRENT)
                    .hasMessageContaining("7 to 9");
            script.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void peerThatNeverAnswersHelloTimesOutNamingTheSetting() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            CompletableFuture<Void> script = peer.run(p -> p.expect(Hello.class));
            assertThatThrownBy(() -> WireClient.connect(settings(peer, 300)))
                    .isInstanceOf(JMSException.class)
                    .hasMessageContaining("connectTimeout=300")
                    .hasMessageContaining(peer.endpoint().toString());
            script.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void badCredentialsFailTheConnectWithJmsSecurityException() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> {
                Hello hello = p.expect(Hello.class);
                assertThat(hello.username()).isEqualTo("alice");
                p.send(new ErrorFrame(hello.requestId(), ErrorCode.SECURITY, "user alice: wrong password"));
            });
            assertThatThrownBy(() -> WireClient.connect(settings(peer, 5_000)))
                    .isInstanceOf(JMSSecurityException.class).hasMessageContaining("wrong password");
        }
    }

    @Test
    void answersAreMatchedToRequestsByIdInAnyOrder() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> {
                p.acceptHello(1 << 20);
                CreateSession first = p.expect(CreateSession.class);
                CreateSession second = p.expect(CreateSession.class);
                assertThat(first.requestId()).isNotZero().isNotEqualTo(second.requestId());
                p.send(new ErrorFrame(second.requestId(), ErrorCode.RESOURCE_ALLOCATION, "too many sessions"));
                p.send(new Ok(first.requestId()));
            });
            WireClient client = WireClient.connect(settings(peer, 5_000));
            CompletableFuture<Void> first = client.createSession(new SessionInfo(1, 1));
            CompletableFuture<Void> second = client.createSession(new SessionInfo(2, 1));
            JmsExceptions.await(first, 5_000, "first");
            assertThatThrownBy(() -> JmsExceptions.await(second, 5_000, "second"))
                    .isInstanceOf(ResourceAllocationException.class);
        }
    }

    @Test
    void peerHangingUpMidRequestFailsThePendingRequestAndReportsTheFailure() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> {
                p.acceptHello(1 << 20);
                p.expect(CreateSession.class);
                p.drop();
            });
            WireClient client = WireClient.connect(settings(peer, 5_000));
            CompletableFuture<JMSException> failure = new CompletableFuture<>();
            client.onFailure(failure::complete);
            CompletableFuture<Void> pending = client.createSession(new SessionInfo(1, 1));
            assertThatThrownBy(() -> JmsExceptions.await(pending, 5_000, "create session"))
                    .isInstanceOf(JMSException.class).hasMessageContaining("lost the connection");
            assertThat(failure.get(5, TimeUnit.SECONDS)).hasMessageContaining("closed the connection");
        }
    }

    @Test
    void unsolicitedErrorFrameReportsTheMappedExceptionToTheFailureListener() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> {
                p.acceptHello(1 << 20);
                p.send(new ErrorFrame(0, ErrorCode.RESOURCE_ALLOCATION, "broker shutting down"));
            });
            WireClient client = WireClient.connect(settings(peer, 5_000));
            CompletableFuture<JMSException> failure = new CompletableFuture<>();
            client.onFailure(failure::complete);
            assertThat(failure.get(5, TimeUnit.SECONDS)).isInstanceOf(ResourceAllocationException.class)
                    .hasMessageContaining("broker shutting down");
        }
    }

    @Test
    void messageLargerThanTheBrokersFrameLimitIsRefusedBeforeSending() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> p.acceptHello(2048));
            WireClient client = WireClient.connect(settings(peer, 5_000));
            WireMessage big = new WireMessage("ID:1", DestinationRef.queue("q"), true, 4, 0, 0, 0, null, null, null,
                    null, new byte[0], WireMessage.BodyKind.BYTES, new byte[4096]);
            CompletableFuture<Void> sent = client.send(new ProducerInfo(1, 1, null), big, true);
            assertThatThrownBy(() -> JmsExceptions.await(sent, 5_000, "send"))
                    .isInstanceOf(JMSException.class)
                    .hasMessageContaining(String.valueOf(big.encodedSize())).hasMessageContaining("2048")
                    .hasMessageContaining("<protocol maxFrameSize=");
        }
    }
}
