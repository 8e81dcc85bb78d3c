package dev.petrel.broker.management;

/** One client connection: {@code dev.petrel:type=Broker,name=<broker>,connection=<id>}. */
public interface ConnectionMXBean {

    /** The broker's id for it, as in the ObjectName and the broker's log. */
    String getId();

    String getRemoteAddress();

    /** Empty when it has none. */
    String getClientId();

    /** The logged-in user, {@code anonymous} without login. */
    String getUser();

    /** When its handshake completed, ISO-8601 in UTC. */
    String getConnectedSince();

    int getSessionCount();

    int getConsumerCount();

    int getProducerCount();

    /**
     * Closes it from the broker's side: the client's exception listener hears that an administrator closed it;
     * its transactions roll back and unacknowledged messages are redelivered to others.
     */
    void close();
}
