package dev.petrel.jms;

/**
 * When a consumer gives the broker more credit: after the application has taken half the prefetch since the
 * last top-up, it returns that many, so the broker never waits for the client while the client has messages
 * (and the wire carries one credit frame per half window, not one per message). Prefetch 0 (pull) never
 * tops up here: each receive asks for its one message. Thread-safe (synchronized; one taker at a time anyway).
 */
final class CreditWindow {

    private final int threshold;
    private int consumed;

    CreditWindow(int prefetch) {
        this.threshold = prefetch == 0 ? 0 : Math.max(1, prefetch / 2);
    }

    /** Starts counting afresh: the broker's credit was reset to the full prefetch (after a recover). */
    synchronized void reset() {
        consumed = 0;
    }

    /** Counts one message handed to the application; returns the credit to send now, or 0. */
    synchronized int onConsumed() {
        if (threshold == 0) {
            return 0;
        }
        consumed++;
        if (consumed < threshold) {
            return 0;
        }
        int credit = consumed;
        consumed = 0;
        return credit;
    }
}
