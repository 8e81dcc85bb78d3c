package dev.petrel.jms.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.protocol.BrowseEnd;
import dev.petrel.protocol.Commit;
import dev.petrel.protocol.CreateConsumer;
import dev.petrel.protocol.CreateConsumer.ConsumerKind;
import dev.petrel.protocol.CreateDestination;
import dev.petrel.protocol.DeleteDestination;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Ok;
import dev.petrel.protocol.Recover;
import dev.petrel.protocol.Rollback;
import dev.petrel.protocol.SetClientId;
import dev.petrel.protocol.Unsubscribe;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.TransactionRolledBackException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

// Tier 2: the frames of issue #3 (transactions, recover, client ID, unsubscribe, temporary destinations, browsers).
class NewFramesWireClientTest {

    private static ClientSettings settings(ScriptedPeer peer) {
        return new ClientSettings(peer.endpoint(), null, null, null, 5_000, 0, 1 << 20);
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return JmsExceptions.await(f, 5_000, "test");
    }

    @Test
    void commitAndRollbackCarryTheSessionId() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            CompletableFuture<Void> script = peer.run(p -> {
                p.acceptHello(1 << 20);
                Commit commit = p.expect(Commit.class);
                assertThat(commit.sessionId()).isEqualTo(4);
                p.send(new Ok(commit.requestId()));
                Rollback rollback = p.expect(Rollback.class);
                assertThat(rollback.sessionId()).isEqualTo(4);
                p.send(new Ok(rollback.requestId()));
            });
            WireClient client = WireClient.connect(settings(peer));
            await(client.commit(new SessionInfo(4, 0)));
            await(client.rollback(new SessionInfo(4, 0)));
            script.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void commitRefusedByTheBrokerIsTransactionRolledBack() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> {
                p.acceptHello(1 << 20);
                Commit commit = p.expect(Commit.class);
                p.send(new ErrorFrame(commit.requestId(), ErrorCode.TRANSACTION_ROLLED_BACK, "store full"));
            });
            WireClient client = WireClient.connect(settings(peer));
            assertThatThrownBy(() -> await(client.commit(new SessionInfo(1, 0))))
                    .isInstanceOf(TransactionRolledBackException.class).hasMessage("store full");
        }
    }

    @Test
    void recoverCarriesTheLastDeliveredId() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            CompletableFuture<Void> script = peer.run(p -> {
                p.acceptHello(1 << 20);
                Recover recover = p.expect(Recover.class);
                assertThat(recover.consumerId()).isEqualTo(9);
                assertThat(recover.lastDeliveredId()).isEqualTo(3);
                p.send(new Ok(recover.requestId()));
            });
            WireClient client = WireClient.connect(settings(peer));
            await(client.recover(new ConsumerInfo(1, 9, DestinationRef.queue("q"), null, false, 10,
                    ConsumerKind.PLAIN, null), 3));
            script.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void clientIdInUseIsInvalidClientId() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> {
                p.acceptHello(1 << 20);
                SetClientId set = p.expect(SetClientId.class);
                assertThat(set.clientId()).isEqualTo("app");
                p.send(new ErrorFrame(set.requestId(), ErrorCode.INVALID_CLIENT_ID, "app is in use"));
            });
            WireClient client = WireClient.connect(settings(peer));
            assertThatThrownBy(() -> await(client.setClientId("app"))).isInstanceOf(InvalidClientIDException.class);
        }
    }

    @Test
    void unsubscribeOfAnUnknownSubscriptionIsInvalidDestination() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> {
                p.acceptHello(1 << 20);
                Unsubscribe u = p.expect(Unsubscribe.class);
                assertThat(u.subscriptionName()).isEqualTo("sub");
                p.send(new ErrorFrame(u.requestId(), ErrorCode.INVALID_DESTINATION, "no subscription sub"));
            });
            WireClient client = WireClient.connect(settings(peer));
            assertThatThrownBy(() -> await(client.unsubscribe("sub"))).isInstanceOf(InvalidDestinationException.class);
        }
    }

    @Test
    void temporaryDestinationsAreCreatedAndDeletionInUseIsIllegalState() throws Exception {
        DestinationRef temp = new DestinationRef(DestinationRef.Kind.TEMPORARY_QUEUE, "c-1.tmp-1");
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> {
                p.acceptHello(1 << 20);
                CreateDestination create = p.expect(CreateDestination.class);
                assertThat(create.destination()).isEqualTo(temp);
                p.send(new Ok(create.requestId()));
                DeleteDestination delete = p.expect(DeleteDestination.class);
                p.send(new ErrorFrame(delete.requestId(), ErrorCode.ILLEGAL_STATE, "has consumers"));
            });
            WireClient client = WireClient.connect(settings(peer));
            await(client.createDestination(temp));
            assertThatThrownBy(() -> await(client.deleteDestination(temp))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void browseEndReachesTheBrowsersListener() throws Exception {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        try (ScriptedPeer peer = new ScriptedPeer()) {
            peer.run(p -> {
                p.acceptHello(1 << 20);
                CreateConsumer create = p.expect(CreateConsumer.class);
                assertThat(create.kind()).isEqualTo(ConsumerKind.BROWSER);
                p.send(new Ok(create.requestId()));
                p.send(new BrowseEnd(create.consumerId()));
            });
            WireClient client = WireClient.connect(settings(peer));
            await(client.createConsumer(new ConsumerInfo(1, 5, DestinationRef.queue("q"), null, false, 10,
                    ConsumerKind.BROWSER, null), new DeliveryListener() {
                        @Override
                        public void onDeliver(dev.petrel.protocol.Deliver delivery) {
                        }

                        @Override
                        public void onBrowseEnd() {
                            ended.complete(null);
                        }
                    }));
            ended.get(5, TimeUnit.SECONDS);
        }
    }
}
