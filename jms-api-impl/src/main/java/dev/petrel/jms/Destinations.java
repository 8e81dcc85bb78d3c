package dev.petrel.jms;

import dev.petrel.protocol.DestinationRef;
import jakarta.jms.Destination;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.Topic;

/** Translates between the JMS destination objects and the wire's {@link DestinationRef}. */
final class Destinations {

    private Destinations() {
    }

    /**
     * The wire name of a destination; any provider's {@link Queue} or {@link Topic} is taken by its name.
     *
     * @throws InvalidDestinationException for null or a destination that is neither
     */
    static DestinationRef toRef(Destination destination) throws JMSException {
        if (destination instanceof TemporaryQueue queue) {
            return new DestinationRef(DestinationRef.Kind.TEMPORARY_QUEUE, checkedName(queue.getQueueName()));
        }
        if (destination instanceof TemporaryTopic topic) {
            return new DestinationRef(DestinationRef.Kind.TEMPORARY_TOPIC, checkedName(topic.getTopicName()));
        }
        if (destination instanceof Queue queue) {
            return DestinationRef.queue(checkedName(queue.getQueueName()));
        }
        if (destination instanceof Topic topic) {
            return DestinationRef.topic(checkedName(topic.getTopicName()));
        }
        throw new InvalidDestinationException(destination == null ? "no destination given"
                : "not a queue or topic: " + destination);
    }

    /** The same, for a destination that may be null (a reply-to, an anonymous producer's). */
    static DestinationRef toRefOrNull(Destination destination) throws JMSException {
        return destination == null ? null : toRef(destination);
    }

    /** The JMS object for a wire name, or null for null. */
    static Destination fromRef(DestinationRef ref) {
        if (ref == null) {
            return null;
        }
        return switch (ref.kind()) {
            case QUEUE -> new PetrelQueue(ref.name());
            case TOPIC -> new PetrelTopic(ref.name());
            case TEMPORARY_QUEUE -> new PetrelTemporaryQueue(ref.name(), null);
            case TEMPORARY_TOPIC -> new PetrelTemporaryTopic(ref.name(), null);
        };
    }

    /** Checks a destination name an application gives. */
    static String checkedName(String name) throws InvalidDestinationException {
        if (name == null || name.isBlank()) {
            throw new InvalidDestinationException("a destination name must not be null or blank");
        }
        return name;
    }
}
