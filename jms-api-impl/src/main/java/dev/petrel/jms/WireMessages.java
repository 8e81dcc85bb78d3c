package dev.petrel.jms;

import dev.petrel.protocol.Deliver;
import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.WireMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import java.nio.charset.StandardCharsets;

/** Converts between the JMS message objects and the wire's {@link WireMessage}. */
final class WireMessages {

    private static final byte[] NO_PROPERTIES = new byte[0];

    private WireMessages() {
    }

    /**
     * The wire form of a message about to be sent: an immutable snapshot, so the application may change and
     * resend the object afterwards (Jakarta Messaging 3.1 §3.9).
     */
    static WireMessage toWire(PetrelMessage m, DestinationRef destination) throws JMSException {
        CorrelationId correlationId = m.correlationId();
        byte[] properties = m.encodedProperties();
        byte[] body = m.bodyBytes();
        return new WireMessage(m.getJMSMessageID(), destination,
                m.getJMSDeliveryMode() == DeliveryMode.PERSISTENT, m.getJMSPriority(), m.getJMSTimestamp(),
                m.getJMSExpiration(), m.getJMSDeliveryTime(), CorrelationId.text(correlationId),
                CorrelationId.bytes(correlationId), Destinations.toRefOrNull(m.getJMSReplyTo()), m.getJMSType(),
                properties == null ? NO_PROPERTIES : properties, m.bodyKind(), body, m.bodyLength(body));
    }

    /**
     * The message object for a delivery: headers from the wire, properties and body read-only.
     *
     * @param trusted which classes an ObjectMessage body may deserialize
     */
    static PetrelMessage fromDelivery(Deliver delivery, TrustedPackages trusted) throws JMSException {
        WireMessage w = delivery.message();
        PetrelMessage m = switch (w.bodyKind()) {
            case TEXT -> new PetrelTextMessage(w.body() == null ? null : new String(w.body(), StandardCharsets.UTF_8));
            case BYTES -> new PetrelBytesMessage(w.body());
            case MAP -> new PetrelMapMessage(w.body());
            case STREAM -> new PetrelStreamMessage(w.body());
            case OBJECT -> new PetrelObjectMessage(trusted, w.body());
            case NONE -> new PetrelMessage();
        };
        m.setJMSMessageID(w.messageId());
        m.setJMSDestination(Destinations.fromRef(w.destination()));
        m.setJMSDeliveryMode(w.persistent() ? DeliveryMode.PERSISTENT : DeliveryMode.NON_PERSISTENT);
        m.setJMSPriority(w.priority());
        m.setJMSTimestamp(w.timestamp());
        m.setJMSExpiration(w.expiration());
        m.setJMSDeliveryTime(w.deliveryTime());
        if (w.correlationIdBytes() != null) {
            m.setJMSCorrelationIDAsBytes(w.correlationIdBytes());
        } else {
            m.setJMSCorrelationID(w.correlationId());
        }
        m.setJMSReplyTo(Destinations.fromRef(w.replyTo()));
        m.setJMSType(w.type());
        m.received(w.properties(), delivery.deliveryCount());
        return m;
    }
}
