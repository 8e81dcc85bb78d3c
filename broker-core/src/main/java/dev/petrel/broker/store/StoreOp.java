package dev.petrel.broker.store;

import java.util.List;
import java.util.Objects;

/**
 * One change to the durable state. A list of ops submitted together commits atomically; the writer may
 * commit several lists in one transaction (group commit), which is still atomic per list. Ops are immutable
 * values: they are encoded by {@link StoreBatch} for replication and applied by the same code whether they
 * come from a local producer or from a master.
 *
 * <p>A queue key names a queue ({@code queue:orders}) or a durable subscription ({@code sub:clientId:name});
 * the destinations choose the keys, the store only compares them. A message is stored once and referenced
 * by every queue key that holds it; it is deleted in the batch that removes its last reference.
 */
public sealed interface StoreOp {

    /** A rough byte size, for the writer's batch cap. */
    default int sizeEstimate() {
        return 64;
    }

    /** Declares a queue; declaring an existing one changes nothing. */
    record AddQueue(String queueKey) implements StoreOp {
        public AddQueue {
            Objects.requireNonNull(queueKey, "queueKey");
        }
    }

    /** Declares a durable subscription; declaring an existing key changes nothing (remove it first). */
    record AddSubscription(String queueKey, StoredSubscription subscription) implements StoreOp {
        public AddSubscription {
            Objects.requireNonNull(queueKey, "queueKey");
            Objects.requireNonNull(subscription, "subscription");
        }
    }

    /** Deletes a queue or a durable subscription with all its references (and messages left unreferenced). */
    record RemoveQueue(String queueKey) implements StoreOp {
        public RemoveQueue {
            Objects.requireNonNull(queueKey, "queueKey");
        }
    }

    /** Stores a message's bytes; {@link AddReference}s in the same list make it part of queues. */
    record AddMessage(StoredMessage message) implements StoreOp {
        public AddMessage {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public int sizeEstimate() {
            return 64 + message.encoded().length;
        }
    }

    /** Puts a stored message on a queue or subscription, not yet delivered. */
    record AddReference(long storeId, String queueKey) implements StoreOp {
        public AddReference {
            Objects.requireNonNull(queueKey, "queueKey");
        }
    }

    /** Takes a message off a queue or subscription (acknowledged, expired, moved, purged). */
    record RemoveReference(long storeId, String queueKey) implements StoreOp {
        public RemoveReference {
            Objects.requireNonNull(queueKey, "queueKey");
        }
    }

    /** Records how often a message was delivered, so a redelivery count survives a restart. */
    record UpdateDeliveryCount(long storeId, String queueKey, int deliveryCount) implements StoreOp {
        public UpdateDeliveryCount {
            Objects.requireNonNull(queueKey, "queueKey");
            if (deliveryCount < 0) {
                throw new IllegalArgumentException("deliveryCount must not be negative, was " + deliveryCount);
            }
        }
    }

    /**
     * Raises the queue's "dispatched up to" mark: recovery treats every message at or below it as possibly
     * delivered. The mark never goes down, so a smaller value is ignored.
     */
    record MarkDispatched(String queueKey, long upToStoreId) implements StoreOp {
        public MarkDispatched {
            Objects.requireNonNull(queueKey, "queueKey");
        }
    }

    /**
     * Makes a transaction branch durable without applying it: its ops are kept aside until {@link CommitTx}
     * applies them or {@link RollbackTx} drops them. Only message ops may be inside.
     */
    record PrepareTx(TxId txId, List<StoreOp> ops) implements StoreOp {
        public PrepareTx {
            Objects.requireNonNull(txId, "txId");
            ops = List.copyOf(ops);
            for (StoreOp op : ops) {
                if (!(op instanceof AddMessage || op instanceof AddReference || op instanceof RemoveReference)) {
                    throw new IllegalArgumentException("a prepared transaction holds only message ops, not " + op);
                }
            }
        }

        @Override
        public int sizeEstimate() {
            return 64 + ops.stream().mapToInt(StoreOp::sizeEstimate).sum();
        }
    }

    /** Applies a prepared branch's ops and forgets the branch. */
    record CommitTx(TxId txId) implements StoreOp {
        public CommitTx {
            Objects.requireNonNull(txId, "txId");
        }
    }

    /** Forgets a prepared branch without applying it. */
    record RollbackTx(TxId txId) implements StoreOp {
        public RollbackTx {
            Objects.requireNonNull(txId, "txId");
        }
    }
}
