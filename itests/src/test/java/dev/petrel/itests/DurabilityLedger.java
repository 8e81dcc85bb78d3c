package dev.petrel.itests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * What the clients of a crash test know for sure, per message id: sent and confirmed by the broker (send()
 * returned), received by an application, acknowledged with a confirmed acknowledge(). Each received copy is
 * checked as it arrives: a message whose acknowledgement the broker confirmed must never come back, and a
 * second copy of a message an application already saw must say JMSRedelivered. Thread-safe: every method holds
 * the ledger's monitor.
 */
final class DurabilityLedger {

    private final Set<String> confirmedSends = new HashSet<>();
    private final Set<String> received = new HashSet<>();
    private final Set<String> acknowledged = new HashSet<>();
    private final List<String> violations = new ArrayList<>();
    private int duplicates;
    private long nextId;

    synchronized String nextId(String prefix) {
        return prefix + (nextId++);
    }

    synchronized void sendConfirmed(String id) {
        confirmedSends.add(id);
        notifyAll();
    }

    synchronized void received(String id, boolean redelivered) {
        if (acknowledged.contains(id)) {
            violations.add(id + " came back after its acknowledgement was confirmed");
        }
        if (!received.add(id)) {
            duplicates++;
            if (!redelivered) {
                violations.add(id + " was delivered again without JMSRedelivered");
            }
        }
    }

    synchronized void acknowledged(List<String> ids) {
        acknowledged.addAll(ids);
    }

    synchronized int confirmedSendCount() {
        return confirmedSends.size();
    }

    synchronized int receivedCount() {
        return received.size();
    }

    /** Waits until at least {@code count} sends were confirmed, or the timeout passed; true when they were. */
    synchronized boolean awaitConfirmedSends(int count, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (confirmedSends.size() < count) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** Every problem found: the checks made on arrival plus every confirmed send that never arrived. */
    synchronized List<String> problems() {
        List<String> problems = new ArrayList<>(violations);
        Set<String> lost = new TreeSet<>(confirmedSends);
        lost.removeAll(received);
        lost.forEach(id -> problems.add(id + " was confirmed to its producer but never delivered"));
        return problems;
    }

    @Override
    public synchronized String toString() {
        return confirmedSends.size() + " sends confirmed, " + received.size() + " distinct messages received ("
                + duplicates + " redeliveries), " + acknowledged.size() + " acknowledgements confirmed";
    }
}
