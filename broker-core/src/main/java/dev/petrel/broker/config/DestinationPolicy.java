package dev.petrel.broker.config;

/**
 * Whether the broker creates a destination the first time a client uses one it does not know, as
 * ActiveMQ does. With auto-creation off, only destinations created by an administrator exist and
 * using another fails with an error naming it.
 *
 * @param autoCreateQueues create unknown queues on first send or receive
 * @param autoCreateTopics create unknown topics on first publish or subscribe
 */
public record DestinationPolicy(boolean autoCreateQueues, boolean autoCreateTopics) {

    /** The policy an empty {@code <broker/>} gets; the one place its defaults live. */
    public static DestinationPolicy defaults() {
        return new DestinationPolicy(true, true);
    }
}
