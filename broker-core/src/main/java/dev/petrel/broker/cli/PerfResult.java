package dev.petrel.broker.cli;

/**
 * The figures of one finished {@code petrel perf} run, measured traffic only (the warm-up left out).
 *
 * @param sent         messages sent by all producers
 * @param received     messages received by all consumers (for a topic: by all subscribers together)
 * @param expected     what {@code received} should be: {@code sent}, times the subscribers for a topic
 * @param foreign      messages received that this run did not send (left on the queue by someone else)
 * @param consumers    the number of consumers or subscribers
 * @param topic        whether they were topic subscribers (each gets every message)
 * @param sendNanos    from the end of the warm-up to the last producer's end
 * @param receiveNanos from the end of the warm-up to the last measured receipt
 * @param latency      send-to-receipt latencies of all measured receipts
 */
record PerfResult(long sent, long received, long expected, long foreign, int consumers, boolean topic,
        long sendNanos,
        long receiveNanos, LatencyHistogram latency) {

    /** Whether every expected message arrived. */
    boolean complete() {
        return received >= expected;
    }
}
