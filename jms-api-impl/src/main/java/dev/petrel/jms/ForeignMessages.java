package dev.petrel.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Enumeration;

/**
 * Copies a message implemented by another provider into a Petrel message, so it can be sent (Jakarta
 * Messaging 3.1 §3.12: a provider must be able to send any provider's message). Text and bytes bodies are
 * kept; other body types arrive with the next version and are sent without body until then.
 */
final class ForeignMessages {

    private ForeignMessages() {
    }

    static PetrelMessage copy(Message foreign) throws JMSException {
        PetrelMessage copy;
        if (foreign instanceof TextMessage text) {
            copy = new PetrelTextMessage(text.getText());
        } else if (foreign instanceof BytesMessage bytes) {
            bytes.reset();
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            PetrelBytesMessage petrel = new PetrelBytesMessage();
            petrel.writeBytes(body);
            copy = petrel;
        } else {
            copy = new PetrelMessage();
        }
        copyHeaders(foreign, copy);
        for (Enumeration<?> names = foreign.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            copy.setObjectProperty(name, foreign.getObjectProperty(name));
        }
        return copy;
    }

    private static void copyHeaders(Message from, PetrelMessage to) throws JMSException {
        to.setJMSMessageID(from.getJMSMessageID());
        to.setJMSTimestamp(from.getJMSTimestamp());
        to.setJMSCorrelationID(from.getJMSCorrelationID());
        to.setJMSReplyTo(from.getJMSReplyTo());
        to.setJMSDestination(from.getJMSDestination());
        to.setJMSDeliveryMode(from.getJMSDeliveryMode());
        to.setJMSType(from.getJMSType());
        to.setJMSExpiration(from.getJMSExpiration());
        to.setJMSDeliveryTime(from.getJMSDeliveryTime());
        to.setJMSPriority(from.getJMSPriority());
    }
}
