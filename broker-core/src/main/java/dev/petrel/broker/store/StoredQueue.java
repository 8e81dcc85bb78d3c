package dev.petrel.broker.store;

/**
 * A queue or durable subscription as recovery finds it.
 *
 * @param queueKey       its key
 * @param subscription   what the durable subscription was created with, or null for a queue
 * @param dispatchedUpTo the highest store id that may have been dispatched from it
 * @param messageCount   how many messages it holds
 */
public record StoredQueue(String queueKey, StoredSubscription subscription, long dispatchedUpTo, long messageCount) {

    public boolean isSubscription() {
        return subscription != null;
    }
}
