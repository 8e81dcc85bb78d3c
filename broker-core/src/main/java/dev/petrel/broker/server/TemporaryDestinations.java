package dev.petrel.broker.server;

import dev.petrel.broker.BrokerException;
import dev.petrel.broker.destination.DestinationRegistry;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.ErrorCode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The temporary queues and topics a connection created: they live until it deletes them or closes (Jakarta
 * Messaging 3.1, TemporaryQueue and TemporaryTopic javadoc). Owned by the connection's event loop.
 */
final class TemporaryDestinations {

    private final DestinationRegistry destinations;
    private final String connectionId;
    private final Set<DestinationRef> created = new LinkedHashSet<>();

    TemporaryDestinations(DestinationRegistry destinations, String connectionId) {
        this.destinations = destinations;
        this.connectionId = connectionId;
    }

    void create(DestinationRef ref) {
        destinations.createTemporary(ref, connectionId);
        created.add(ref);
    }

    /**
     * @param inUse whether this connection still has consumers on a destination
     * @throws BrokerException ILLEGAL_STATE while it has consumers, INVALID_DESTINATION when it is not one of
     *                         this connection's
     */
    void delete(DestinationRef ref, Predicate<DestinationRef> inUse) {
        if (created.contains(ref) && inUse.test(ref)) {
            throw new BrokerException(ErrorCode.ILLEGAL_STATE, ref + " still has consumers; close them before "
                    + "deleting it");
        }
        destinations.deleteTemporary(ref, connectionId);
        created.remove(ref);
    }

    /** Deletes them all when the connection ends; its consumers are closed already. Idempotent. */
    void deleteAll() {
        for (DestinationRef ref : List.copyOf(created)) {
            destinations.deleteTemporary(ref, connectionId);
        }
        created.clear();
    }
}
