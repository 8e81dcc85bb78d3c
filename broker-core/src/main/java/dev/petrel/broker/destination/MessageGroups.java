package dev.petrel.broker.destination;

import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Which consumer owns each message group of a queue or subscription: every message with one {@code JMSXGroupID}
 * goes to the consumer the group was assigned to with its first message, until that consumer leaves; the next
 * message of the group then picks a consumer afresh. {@code JMSXGroupSeq} is not interpreted (a group never
 * closes by itself). Owned by the executor of the destination that holds it.
 */
final class MessageGroups {

    static final String GROUP_ID = "JMSXGroupID";
    private static final byte[] GROUP_ID_BYTES = GROUP_ID.getBytes(StandardCharsets.UTF_8);

    private final Map<String, RemoteConsumer> owners = new HashMap<>();

    /**
     * The message's JMSXGroupID, or null. Decodes the properties only when their bytes contain the name, so an
     * ungrouped message costs a byte scan.
     */
    static String groupOf(WireMessage message) {
        if (!contains(message.properties(), GROUP_ID_BYTES)) {
            return null;
        }
        Object group = TypedValues.decodeMap(message.properties()).get(GROUP_ID);
        return group == null ? null : group.toString();
    }

    /** The consumer that owns {@code group}, or null when it has none. */
    RemoteConsumer ownerOf(String group) {
        return owners.get(group);
    }

    void assign(String group, RemoteConsumer consumer) {
        owners.put(group, consumer);
    }

    /** Frees the groups of a consumer that left; their next messages pick new owners. */
    void onConsumerRemoved(RemoteConsumer consumer) {
        owners.values().removeIf(c -> c == consumer);
    }

    int size() {
        return owners.size();
    }

    /** Whether encoded properties contain the bytes of {@code name}: a cheap test before decoding them. */
    static boolean contains(byte[] properties, String name) {
        return contains(properties, name.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
