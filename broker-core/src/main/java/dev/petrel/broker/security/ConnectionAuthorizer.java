package dev.petrel.broker.security;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.config.Permission;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.WireMessage;
import java.util.HashMap;
import java.util.Map;

/**
 * What one logged-in connection may do: checks an operation on a destination when a producer, consumer or
 * temporary destination is created, and for sends of producers without a fixed destination, with the answer
 * per destination remembered for the connection's life. Also stamps {@code JMSXUserID} when configured.
 * Owned by the connection's event loop.
 */
public final class ConnectionAuthorizer {

    private static final int MAX_REMEMBERED = 1024;

    private final Authorizer authorizer;
    private final SecurityIdentity who;
    private final boolean populateUserId;
    private final Map<DestinationRef, Boolean> sendAllowed = new HashMap<>();

    ConnectionAuthorizer(Authorizer authorizer, SecurityIdentity who, boolean populateUserId) {
        this.authorizer = authorizer;
        this.who = who;
        this.populateUserId = populateUserId;
    }

    /** Who the connection is. */
    public SecurityIdentity identity() {
        return who;
    }

    /**
     * @throws BrokerException SECURITY naming the user, the operation and the destination, unless allowed
     */
    public void require(Permission permission, DestinationRef destination) {
        if (!authorizer.allows(who, permission, destination)) {
            throw refused(permission, destination);
        }
    }

    /** As {@code require(SEND, destination)}, remembering the answer for the next send there. */
    public void requireSend(DestinationRef destination) {
        if (!authorizer.enabled()) {
            return;
        }
        Boolean allowed = sendAllowed.get(destination);
        if (allowed == null) {
            if (sendAllowed.size() >= MAX_REMEMBERED) {
                sendAllowed.clear();
            }
            allowed = authorizer.allows(who, Permission.SEND, destination);
            sendAllowed.put(destination, allowed);
        }
        if (!allowed) {
            throw refused(Permission.SEND, destination);
        }
    }

    /** The message as it must travel on: with the sender's {@code JMSXUserID} when the broker populates it. */
    public WireMessage stamp(WireMessage message) {
        return populateUserId ? JmsxUserId.stamp(message, who.anonymous() ? null : who.user()) : message;
    }

    private BrokerException refused(Permission permission, DestinationRef destination) {
        return new BrokerException(ErrorCode.SECURITY, "user '" + who.user() + "' may not " + permission.attribute()
                + " on " + destination + ": no <rule> of <authorization> in broker.xml grants " + permission.attribute()
                + " on it to any of the user's roles " + who.roles());
    }
}
