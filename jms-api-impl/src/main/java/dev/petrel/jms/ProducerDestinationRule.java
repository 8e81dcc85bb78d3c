package dev.petrel.jms;

import jakarta.jms.Destination;

/**
 * The one place Petrel throws {@code java.lang.UnsupportedOperationException}, because the MessageProducer
 * javadoc requires exactly that (Jakarta Messaging 3.1, MessageProducer.send, QueueSender.send and
 * TopicPublisher.publish: "UnsupportedOperationException if a client uses this method with a MessageProducer
 * that did not specify a destination at creation time", and for the variants naming a destination "... that
 * specified a destination at creation time"). The architecture test exempts this class and no other.
 */
final class ProducerDestinationRule {

    private ProducerDestinationRule() {
    }

    /** A producer created without a destination must be given one in each send. */
    static void checkHasDestination(Destination fixed) {
        if (fixed == null) {
            throw new UnsupportedOperationException("this producer was created without a destination: name one in "
                    + "each send, e.g. send(destination, message) (MessageProducer.send javadoc)");
        }
    }

    /** A producer created with a destination sends only there. */
    static void checkHasNoDestination(Destination fixed) {
        if (fixed != null) {
            throw new UnsupportedOperationException("this producer sends to " + fixed + " only: to name the "
                    + "destination in each send, create the producer with a null destination (MessageProducer.send "
                    + "javadoc)");
        }
    }
}
