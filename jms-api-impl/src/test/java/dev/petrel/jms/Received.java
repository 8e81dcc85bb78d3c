package dev.petrel.jms;

import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/** Test helper: a message as a consumer would receive it, after a trip through its wire form. */
public final class Received {

    private Received() {
    }

    public static Message copyOf(Message sent) throws JMSException {
        return copyOf(sent, 1, TrustedPackages.JDK_ONLY);
    }

    public static Message copyOf(Message sent, int deliveryCount, TrustedPackages trusted) throws JMSException {
        return WireMessages.fromDelivery(new Deliver(1, 1, deliveryCount, wire(sent)), trusted);
    }

    /** The wire form of a message about to be sent to queue "q". */
    public static WireMessage wire(Message sent) throws JMSException {
        PetrelMessage petrel = sent instanceof PetrelMessage p ? p : ForeignMessages.copy(sent);
        return WireMessages.toWire(petrel, DestinationRef.queue("q"));
    }
}
