package dev.petrel.jms.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.protocol.Heartbeat;
import dev.petrel.protocol.Hello;
import dev.petrel.protocol.HelloOk;
import dev.petrel.protocol.ProtocolVersion;
import jakarta.jms.JMSException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Heartbeats from the client's side, against a scripted broker on a real socket. */
@Timeout(30)
class ClientHeartbeatTest {

    private static final int HEARTBEAT_MS = 600;

    private static BrokerClient connect(ScriptedPeer peer) throws JMSException {
        return WireClient.connect(new ClientSettings(peer.endpoint(), null, null, null, 5_000, HEARTBEAT_MS, 1 << 20));
    }

    private static void answerHello(ScriptedPeer p) throws java.io.IOException {
        Hello hello = p.expect(Hello.class);
        assertThat(hello.heartbeatTimeoutMs()).isEqualTo(HEARTBEAT_MS);
        p.send(new HelloOk(hello.requestId(), ProtocolVersion.CURRENT, "scripted", "c-1", HEARTBEAT_MS, 1 << 20,
                "scripted-id"));
    }

    @Test
    void idleClientSendsHeartbeats() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            CompletableFuture<Void> script = peer.run(p -> {
                answerHello(p);
                // the client writes nothing else, so what arrives within a timeout must be heartbeats
                assertThat(p.next()).isEqualTo(Heartbeat.INSTANCE);
                assertThat(p.next()).isEqualTo(Heartbeat.INSTANCE);
            });
            BrokerClient client = connect(peer);
            script.get(10, TimeUnit.SECONDS);
            client.close().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void silentBrokerIsDeclaredDeadAfterTheAgreedTimeout() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(ClientHeartbeatTest::answerHello); // then never writes again
            BrokerClient client = connect(peer);
            CompletableFuture<JMSException> failure = new CompletableFuture<>();
            client.onFailure(failure::complete);
            JMSException reported = failure.get(10, TimeUnit.SECONDS);
            assertThat(reported.getMessage()).contains("heartbeat timeout").contains(HEARTBEAT_MS + " ms");
        }
    }
}
