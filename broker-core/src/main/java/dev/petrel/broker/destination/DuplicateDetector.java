package dev.petrel.broker.destination;

import dev.petrel.protocol.WireMessage;
import java.util.LinkedHashSet;
import java.util.Iterator;

/**
 * The last {@code window} JMSMessageIDs a destination took, to drop a message sent again with the same id (the
 * failover client resends unconfirmed sends with their original ids). Message ids are unique per connection and
 * producer ({@code ID:<connection uuid>:<n>}), so the id alone identifies a send, whichever connection resends
 * it. Messages without an id (the producer disabled them) are never duplicates. Owned by the destination's
 * executor.
 */
final class DuplicateDetector {

    private final int window;
    private final LinkedHashSet<String> recent = new LinkedHashSet<>();
    private long duplicates;

    /** @param window how many recent ids to remember; 0 turns detection off */
    DuplicateDetector(int window) {
        this.window = window;
    }

    /** True when {@code messageId} was not seen within the window (it is remembered now); false for a resend. */
    boolean onFirstSeen(String messageId) {
        if (window == 0 || messageId == null) {
            return true;
        }
        if (!recent.add(messageId)) {
            duplicates++;
            return false;
        }
        if (recent.size() > window) {
            Iterator<String> oldest = recent.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /**
     * False for a resend of a message taken within the window; moves by an administrator or the broker itself
     * (dead letters, expiry) keep their ids and are never duplicates.
     */
    boolean onFirstSeen(WireMessage message, MessageOrigin origin) {
        return origin == MessageMover.ADMIN || origin == DeadLetters.BROKER || onFirstSeen(message.messageId());
    }

    /** Forgets {@code messageId}: its send failed, so a resend is not a duplicate. */
    void onForget(String messageId) {
        if (messageId != null) {
            recent.remove(messageId);
        }
    }

    /** Messages dropped as duplicates. */
    long duplicateCount() {
        return duplicates;
    }
}
