package dev.petrel.broker.store;

import dev.petrel.broker.store.StoreOp.AddMessage;
import dev.petrel.broker.store.StoreOp.AddReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Messages and op lists for store tests. Stateless. */
final class StoreTestData {

    private StoreTestData() {
    }

    /** A message whose bytes say its id, padded to {@code size} bytes. */
    static StoredMessage message(long storeId, String destination, int size) {
        byte[] text = ("message " + storeId).getBytes(StandardCharsets.UTF_8);
        byte[] encoded = Arrays.copyOf(text, Math.max(size, text.length));
        return new StoredMessage(storeId, destination, (int) (storeId % 10), 0, 0, encoded);
    }

    /** Declares queues (the store treats a subscription's key like a queue's). */
    static List<StoreOp> declare(List<String> queueKeys) {
        return queueKeys.stream().<StoreOp>map(StoreOp.AddQueue::new).toList();
    }

    /** What a persistent send to one queue writes: the message and its one reference. */
    static List<StoreOp> send(long storeId, String queueKey, int size) {
        return List.of(new AddMessage(message(storeId, queueKey, size)), new AddReference(storeId, queueKey));
    }

    /** What a topic publish writes: the message once, a reference per durable subscription. */
    static List<StoreOp> publish(long storeId, String topic, List<String> subscriptionKeys) {
        List<StoreOp> ops = new ArrayList<>();
        ops.add(new AddMessage(message(storeId, topic, 16)));
        subscriptionKeys.forEach(key -> ops.add(new AddReference(storeId, key)));
        return ops;
    }
}
