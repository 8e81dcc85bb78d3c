package dev.petrel.broker.destination;

import java.util.PriorityQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Messages of one destination that are not visible before their JMSDeliveryTime: a priority queue by time
 * (ties in arrival order) with one timer armed for the earliest. When it fires, the due ones are released on
 * the destination's executor, in time order. Owned by that executor; the timer thread only submits to it.
 */
final class ScheduledDeliveries {

    private record Entry(long time, long sequence, Runnable release) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int byTime = Long.compare(time, o.time);
            return byTime != 0 ? byTime : Long.compare(sequence, o.sequence);
        }
    }

    private final SerialExecutor executor;
    private final BrokerTime time;
    private final PriorityQueue<Entry> byTime = new PriorityQueue<>();
    private long sequence;
    private ScheduledFuture<?> timer;
    private long timerAt = Long.MAX_VALUE;

    ScheduledDeliveries(SerialExecutor executor, BrokerTime time) {
        this.executor = executor;
        this.time = time;
    }

    /** True when a message with this delivery time must wait. */
    boolean isFuture(long deliveryTime) {
        return deliveryTime > time.clock().millis();
    }

    /** Runs {@code release} on the executor once the clock reaches {@code deliveryTime}. */
    void onSchedule(long deliveryTime, Runnable release) {
        assert executor.inOwnerThread();
        byTime.add(new Entry(deliveryTime, sequence++, release));
        if (deliveryTime < timerAt) {
            arm(deliveryTime);
        }
    }

    /** Runs {@code release} on the executor {@code delayMillis} from now (a returned message's redelivery delay). */
    void onScheduleIn(long delayMillis, Runnable release) {
        onSchedule(time.clock().millis() + delayMillis, release);
    }

    private void arm(long at) {
        if (timer != null) {
            timer.cancel(false);
        }
        timerAt = at;
        long delay = Math.max(0, at - time.clock().millis());
        timer = time.scheduler().schedule(() -> executor.execute(this::onTimer), delay, TimeUnit.MILLISECONDS);
    }

    /** Releases what is due and re-arms for the next; a timer that fired early only re-arms. */
    private void onTimer() {
        assert executor.inOwnerThread();
        long now = time.clock().millis();
        while (!byTime.isEmpty() && byTime.peek().time <= now) {
            byTime.poll().release.run();
        }
        timerAt = Long.MAX_VALUE;
        if (byTime.isEmpty()) {
            timer = null;
        } else {
            arm(byTime.peek().time);
        }
    }

    /** Forgets every waiting message and stops the timer (the destination is deleted). */
    void onClear() {
        assert executor.inOwnerThread();
        byTime.clear();
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        timerAt = Long.MAX_VALUE;
    }

    int size() {
        return byTime.size();
    }
}
