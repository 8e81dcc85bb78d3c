package dev.petrel.jms;

import dev.petrel.protocol.WireMessage.BodyKind;
import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;

/** The body rules of the simplified API's receiveBody (JMSConsumer javadoc). Stateless. */
final class MessageBodies {

    private MessageBodies() {
    }

    /**
     * The body as {@code type}, or null when receiveBody must refuse the message: a plain Message or a
     * StreamMessage, a body of another type, or no body at all.
     */
    static <T> T readableBody(PetrelMessage message, Class<T> type) throws JMSException {
        if (message.bodyKind() == BodyKind.NONE || message.bodyKind() == BodyKind.STREAM) {
            return null;
        }
        try {
            return message.getBody(type);
        } catch (MessageFormatException e) {
            return null;
        }
    }
}
