package dev.petrel.broker.store;

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
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of each {@link StoreOp}: a tag byte, then the fields in declaration order. Tags are part
 * of the replication and prepared-transaction format: never reuse or renumber one. Stateless.
 */
final class StoreOpCodec {

    private static final int ADD_QUEUE = 1;
    private static final int ADD_SUBSCRIPTION = 2;
    private static final int REMOVE_QUEUE = 3;
    private static final int ADD_MESSAGE = 4;
    private static final int ADD_REFERENCE = 5;
    private static final int REMOVE_REFERENCE = 6;
    private static final int UPDATE_DELIVERY_COUNT = 7;
    private static final int MARK_DISPATCHED = 8;
    private static final int PREPARE_TX = 9;
    private static final int COMMIT_TX = 10;
    private static final int ROLLBACK_TX = 11;

    private StoreOpCodec() {
    }

    static void writeAll(OpWriter w, List<StoreOp> ops) {
        w.writeInt(ops.size());
        for (StoreOp op : ops) {
            write(w, op);
        }
    }

    static List<StoreOp> readAll(OpReader r) {
        int count = r.readInt("op count");
        if (count < 0) {
            throw new StoreException("corrupt store batch: op count " + count);
        }
        List<StoreOp> ops = new ArrayList<>(Math.min(count, 4096));
        for (int i = 0; i < count; i++) {
            ops.add(read(r));
        }
        return ops;
    }

    static void write(OpWriter w, StoreOp op) {
        if (op instanceof AddMessage m) {
            writeMessage(w.writeByte(ADD_MESSAGE), m.message());
        } else if (op instanceof AddReference a) {
            w.writeByte(ADD_REFERENCE).writeLong(a.storeId()).writeString(a.queueKey());
        } else if (op instanceof RemoveReference a) {
            w.writeByte(REMOVE_REFERENCE).writeLong(a.storeId()).writeString(a.queueKey());
        } else if (op instanceof UpdateDeliveryCount u) {
            w.writeByte(UPDATE_DELIVERY_COUNT).writeLong(u.storeId()).writeString(u.queueKey())
                    .writeInt(u.deliveryCount());
        } else if (op instanceof MarkDispatched d) {
            w.writeByte(MARK_DISPATCHED).writeString(d.queueKey()).writeLong(d.upToStoreId());
        } else if (op instanceof AddQueue q) {
            w.writeByte(ADD_QUEUE).writeString(q.queueKey());
        } else if (op instanceof AddSubscription s) {
            writeSubscription(w.writeByte(ADD_SUBSCRIPTION).writeString(s.queueKey()), s.subscription());
        } else if (op instanceof RemoveQueue q) {
            w.writeByte(REMOVE_QUEUE).writeString(q.queueKey());
        } else if (op instanceof PrepareTx p) {
            writeAll(w.writeByte(PREPARE_TX).writeBytes(p.txId().bytes()), p.ops());
        } else if (op instanceof CommitTx c) {
            w.writeByte(COMMIT_TX).writeBytes(c.txId().bytes());
        } else if (op instanceof RollbackTx c) {
            w.writeByte(ROLLBACK_TX).writeBytes(c.txId().bytes());
        } else {
            throw new IllegalArgumentException("no encoding for " + op);
        }
    }

    static StoreOp read(OpReader r) {
        int tag = r.readByte("op tag");
        switch (tag) {
            case ADD_MESSAGE: return new AddMessage(readMessage(r));
            case ADD_REFERENCE: return new AddReference(r.readLong("store id"), r.readRequiredString("queue key"));
            case REMOVE_REFERENCE:
                return new RemoveReference(r.readLong("store id"), r.readRequiredString("queue key"));
            case UPDATE_DELIVERY_COUNT:
                return new UpdateDeliveryCount(r.readLong("store id"), r.readRequiredString("queue key"),
                        r.readInt("delivery count"));
            case MARK_DISPATCHED: return new MarkDispatched(r.readRequiredString("queue key"), r.readLong("mark"));
            case ADD_QUEUE: return new AddQueue(r.readRequiredString("queue key"));
            case ADD_SUBSCRIPTION:
                return new AddSubscription(r.readRequiredString("queue key"), readSubscription(r));
            case REMOVE_QUEUE: return new RemoveQueue(r.readRequiredString("queue key"));
            case PREPARE_TX: return new PrepareTx(readTxId(r), readAll(r));
            case COMMIT_TX: return new CommitTx(readTxId(r));
            case ROLLBACK_TX: return new RollbackTx(readTxId(r));
            default: throw new StoreException("corrupt store batch: unknown op tag " + tag);
        }
    }

    private static void writeMessage(OpWriter w, StoredMessage m) {
        w.writeLong(m.storeId()).writeString(m.destination()).writeByte(m.priority());
        w.writeLong(m.expiration()).writeLong(m.deliveryTime()).writeBytes(m.encoded());
    }

    private static StoredMessage readMessage(OpReader r) {
        long storeId = r.readLong("store id");
        String destination = r.readRequiredString("destination");
        int priority = r.readByte("priority");
        long expiration = r.readLong("expiration");
        long deliveryTime = r.readLong("delivery time");
        byte[] encoded = r.readBytes("message bytes");
        if (encoded == null || priority < 0 || priority > 9) {
            throw new StoreException("corrupt store batch: message " + storeId + " has no bytes or priority "
                    + priority);
        }
        return new StoredMessage(storeId, destination, priority, expiration, deliveryTime, encoded);
    }

    private static void writeSubscription(OpWriter w, StoredSubscription s) {
        w.writeString(s.topic()).writeString(s.clientId()).writeString(s.name()).writeString(s.selector())
                .writeBoolean(s.noLocal());
    }

    private static StoredSubscription readSubscription(OpReader r) {
        return new StoredSubscription(r.readRequiredString("topic"), r.readString("client id"),
                r.readRequiredString("subscription name"), r.readString("selector"), r.readBoolean("no local"));
    }

    private static TxId readTxId(OpReader r) {
        byte[] bytes = r.readBytes("transaction id");
        if (bytes == null || bytes.length == 0 || bytes.length > TxId.MAX_LENGTH) {
            throw new StoreException("corrupt store batch: bad transaction id");
        }
        return new TxId(bytes);
    }
}
