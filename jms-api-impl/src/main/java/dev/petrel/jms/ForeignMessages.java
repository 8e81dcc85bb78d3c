package dev.petrel.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageEOFException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.util.Enumeration;

/**
 * Copies a message implemented by another provider into a Petrel message, so it can be sent (Jakarta
 * Messaging 3.1 §3.12: a provider must be able to send any provider's message): headers, properties and each
 * of the five body types. Stateless.
 */
final class ForeignMessages {

    private ForeignMessages() {
    }

    static PetrelMessage copy(Message foreign) throws JMSException {
        PetrelMessage copy = copyBody(foreign);
        copyHeaders(foreign, copy);
        for (Enumeration<?> names = foreign.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            if (!MessageProperties.DELIVERY_COUNT.equals(name)) {
                copy.setObjectProperty(name, foreign.getObjectProperty(name));
            }
        }
        return copy;
    }

    private static PetrelMessage copyBody(Message foreign) throws JMSException {
        if (foreign instanceof TextMessage text) {
            return new PetrelTextMessage(text.getText());
        } else if (foreign instanceof BytesMessage bytes) {
            return copyBytes(bytes);
        } else if (foreign instanceof MapMessage map) {
            PetrelMapMessage copy = new PetrelMapMessage();
            for (Enumeration<?> names = map.getMapNames(); names.hasMoreElements(); ) {
                String name = (String) names.nextElement();
                copy.setObject(name, map.getObject(name));
            }
            return copy;
        } else if (foreign instanceof StreamMessage stream) {
            return copyStream(stream);
        } else if (foreign instanceof ObjectMessage object) {
            PetrelObjectMessage copy = new PetrelObjectMessage();
            copy.setObject(object.getObject());
            return copy;
        }
        return new PetrelMessage();
    }

    private static PetrelMessage copyBytes(BytesMessage bytes) throws JMSException {
        bytes.reset();
        byte[] body = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(body);
        bytes.reset();
        PetrelBytesMessage copy = new PetrelBytesMessage();
        copy.writeBytes(body);
        return copy;
    }

    private static PetrelMessage copyStream(StreamMessage stream) throws JMSException {
        stream.reset();
        PetrelStreamMessage copy = new PetrelStreamMessage();
        try {
            while (true) {
                copy.writeObject(stream.readObject());
            }
        } catch (MessageEOFException end) {
            stream.reset(); // the end of the stream: every item is copied
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
