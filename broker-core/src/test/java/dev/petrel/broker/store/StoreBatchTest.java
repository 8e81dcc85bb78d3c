package dev.petrel.broker.store;

import static dev.petrel.broker.store.StoreTestData.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.store.StoreOp.AddMessage;
import dev.petrel.broker.store.StoreOp.AddQueue;
import dev.petrel.broker.store.StoreOp.AddReference;
import dev.petrel.broker.store.StoreOp.AddSubscription;
import dev.petrel.broker.store.StoreOp.CommitTx;
import dev.petrel.broker.store.StoreOp.MarkDispatched;
import dev.petrel.broker.store.StoreOp.PrepareTx;
import dev.petrel.broker.store.StoreOp.RemoveQueue;
import dev.petrel.broker.store.StoreOp.RemoveReference;
import dev.petrel.broker.store.StoreOp.RollbackTx;
import dev.petrel.broker.store.StoreOp.UpdateDeliveryCount;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoreBatchTest {

    private static final TxId TX = new TxId(new byte[] {0, 0, 0, 1, 7, 7, 7});

    /** One op of every kind, with nulls and non-ASCII text where a field allows them. */
    static final List<StoreOp> EVERY_OP = List.of(
            new AddQueue("queue:orders"),
            new AddSubscription("sub:c1:prices", new StoredSubscription("topic:prices", "c1", "prices",
                    "region = 'Zürich'", true)),
            new AddSubscription("sub::shared", new StoredSubscription("topic:prices", null, "shared", null, false)),
            new RemoveQueue("queue:old"),
            new AddMessage(new StoredMessage(5, "queue:orders", 9, 1_700_000_000_000L, 1_700_000_100_000L,
                    new byte[] {1, 2, 3})),
            new AddMessage(new StoredMessage(6, "topic:prices", 0, 0, 0, new byte[0])),
            new AddReference(5, "queue:orders"),
            new RemoveReference(Long.MAX_VALUE, "queue:orders"),
            new UpdateDeliveryCount(5, "queue:orders", 4),
            new MarkDispatched("queue:orders", 5),
            new PrepareTx(TX, List.of(new AddMessage(message(8, "queue:orders", 20)),
                    new AddReference(8, "queue:orders"), new RemoveReference(5, "queue:orders"))),
            new CommitTx(TX),
            new RollbackTx(new TxId(new byte[] {42})));

    @Test
    void everyOpSurvivesARoundTrip() {
        Set<Class<?>> kinds = new HashSet<>();
        EVERY_OP.forEach(op -> kinds.add(op.getClass()));
        assertThat(kinds).hasSize(StoreOp.class.getPermittedSubclasses().length);

        StoreBatch batch = new StoreBatch(EVERY_OP);
        assertThat(StoreBatch.decode(batch.encode())).isEqualTo(batch);
    }

    @Test
    void encodingIsDeterministic() {
        byte[] first = new StoreBatch(EVERY_OP).encode();
        assertThat(new StoreBatch(EVERY_OP).encode()).isEqualTo(first);
        assertThat(StoreBatch.decode(first).encode()).isEqualTo(first);
    }

    @Test
    void everyTruncationIsRefusedAsCorrupt() {
        byte[] encoded = new StoreBatch(EVERY_OP).encode();
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThatThrownBy(() -> StoreBatch.decode(truncated)).as("first %d bytes", length)
                    .isInstanceOf(StoreException.class);
        }
    }

    @Test
    void unknownVersionTagAndTrailingBytesAreRefused() {
        byte[] encoded = new StoreBatch(List.of(new AddQueue("q"))).encode();
        byte[] version = encoded.clone();
        version[0] = 2;
        assertThatThrownBy(() -> StoreBatch.decode(version)).hasMessageContaining("format 2");
        byte[] tag = encoded.clone();
        tag[5] = 99;
        assertThatThrownBy(() -> StoreBatch.decode(tag)).hasMessageContaining("unknown op tag 99");
        byte[] trailing = Arrays.copyOf(encoded, encoded.length + 1);
        assertThatThrownBy(() -> StoreBatch.decode(trailing)).hasMessageContaining("bytes left");
    }

    @Test
    void aPreparedTransactionHoldsOnlyMessageOps() {
        assertThatThrownBy(() -> new PrepareTx(TX, List.of(new AddQueue("q"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrepareTx(TX, List.of(new CommitTx(TX))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
