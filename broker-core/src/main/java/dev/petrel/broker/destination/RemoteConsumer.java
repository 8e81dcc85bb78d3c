package dev.petrel.broker.destination;

import dev.petrel.protocol.Deliver;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consumer on a client connection, as its destination sees it: credit, the next delivery id and the
 * deliveries not yet acknowledged. Its state is owned by the executor of its destination; the public methods
 * may be called from any thread and hand the work to that executor.
 */
public final class RemoteConsumer {

    private final long consumerId;
    private final DeliveryTarget target;
    private final SerialExecutor executor;
    private final boolean noLocal;
    /** The queue or subscription it consumes from; set when the destination registers it. */
    private MessageQueue source;
    private int credit;
    private long lastDeliveryId;
    private final Map<Long, QueuedMessage> inFlight = new LinkedHashMap<>();

    RemoteConsumer(long consumerId, DeliveryTarget target, SerialExecutor executor, int prefetch, boolean noLocal) {
        this.consumerId = consumerId;
        this.target = target;
        this.executor = executor;
        this.credit = prefetch;
        this.noLocal = noLocal;
    }

    public long consumerId() {
        return consumerId;
    }

    /** Adds room for {@code n} more deliveries. */
    public void credit(int n) {
        executor.execute(() -> {
            // saturating: a client granting absurd credit must not wrap it into "none"
            credit = (int) Math.min(Integer.MAX_VALUE, (long) credit + n);
            source.onDispatch();
        });
    }

    /** Takes back unused credit; {@code done} runs after every delivery already made has been written. */
    public void drain(Runnable done) {
        executor.execute(() -> {
            credit = 0;
            done.run();
        });
    }

    /** Forgets the deliveries {@code first..last}; {@code done} (may be null) runs once they are gone. */
    public void acknowledge(long first, long last, Runnable done) {
        executor.execute(() -> {
            onAcknowledge(first, last);
            if (done != null) {
                done.run();
            }
        });
    }

    void onAttach(MessageQueue queue) {
        assert executor.inOwnerThread();
        this.source = queue;
    }

    boolean hasCredit() {
        return credit > 0;
    }

    boolean acceptsFrom(String connectionId) {
        return !noLocal || !connectionId.equals(target.connectionId());
    }

    DeliveryTarget target() {
        return target;
    }

    /** Sends one message, using one unit of credit. */
    void onDeliver(QueuedMessage m) {
        assert executor.inOwnerThread();
        long deliveryId = ++lastDeliveryId;
        credit--;
        inFlight.put(deliveryId, m);
        target.write(new Deliver(consumerId, deliveryId, m.nextDeliveryCount(), m.message));
    }

    private void onAcknowledge(long first, long last) {
        assert executor.inOwnerThread();
        if (last - first < inFlight.size()) {
            for (long id = first; id <= last; id++) {
                inFlight.remove(id);
            }
        } else {
            inFlight.keySet().removeIf(id -> id >= first && id <= last);
        }
    }

    /**
     * Takes back every unacknowledged delivery, in delivery order. Those up to {@code lastDeliveredId} reached
     * the application and count as delivered (JMSRedelivered on their next delivery); later ones were only
     * prefetched and come back unchanged.
     */
    List<QueuedMessage> onTakeBackInFlight(long lastDeliveredId) {
        assert executor.inOwnerThread();
        List<QueuedMessage> returned = new ArrayList<>(inFlight.size());
        for (Iterator<Map.Entry<Long, QueuedMessage>> it = inFlight.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, QueuedMessage> e = it.next();
            if (e.getKey() <= lastDeliveredId) {
                e.getValue().markDelivered();
            }
            returned.add(e.getValue());
            it.remove();
        }
        credit = 0;
        return returned;
    }

    int inFlightCount() {
        return inFlight.size();
    }
}
