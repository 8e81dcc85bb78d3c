package dev.petrel.jms;

import dev.petrel.protocol.WireMessage.BodyKind;
import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;

/** A message whose body is one String, sent as UTF-8. Not thread-safe, like every message. */
public final class PetrelTextMessage extends PetrelMessage implements TextMessage {

    private String text;

    public PetrelTextMessage() {
    }

    public PetrelTextMessage(String text) {
        this.text = text;
    }

    @Override
    public void setText(String string) throws JMSException {
        checkBodyWritable();
        this.text = string;
    }

    @Override
    public String getText() {
        return text;
    }

    @Override
    public void clearBody() throws JMSException {
        super.clearBody();
        text = null;
    }

    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        if (text == null) {
            return null;
        }
        if (!c.isAssignableFrom(String.class)) {
            throw new MessageFormatException("a TextMessage body is a String and cannot be read as "
                    + c.getName() + " (Message.getBody javadoc)");
        }
        return c.cast(text);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // the signature is the API's
    public boolean isBodyAssignableTo(Class c) {
        return text == null || c.isAssignableFrom(String.class);
    }

    @Override
    BodyKind bodyKind() {
        return BodyKind.TEXT;
    }

    @Override
    byte[] bodyBytes() {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
