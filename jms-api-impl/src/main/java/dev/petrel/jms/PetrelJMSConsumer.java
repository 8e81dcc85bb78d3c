package dev.petrel.jms;

import static dev.petrel.jms.Unchecked.call;
import static dev.petrel.jms.Unchecked.run;

import jakarta.jms.JMSConsumer;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The simplified API's consumer (JMSConsumer javadoc): a {@link PetrelMessageConsumer} whose checked exceptions
 * become their runtime twins, plus {@code receiveBody}. Threads: as its context's session.
 */
final class PetrelJMSConsumer implements JMSConsumer {

    private final PetrelMessageConsumer consumer;

    PetrelJMSConsumer(PetrelMessageConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public String getMessageSelector() {
        return call(consumer::getMessageSelector);
    }

    @Override
    public MessageListener getMessageListener() {
        return call(consumer::getMessageListener);
    }

    @Override
    public void setMessageListener(MessageListener listener) {
        run(() -> consumer.setMessageListener(listener));
    }

    @Override
    public Message receive() {
        return call(consumer::receive);
    }

    @Override
    public Message receive(long timeout) {
        return call(() -> consumer.receive(timeout));
    }

    @Override
    public Message receiveNoWait() {
        return call(consumer::receiveNoWait);
    }

    @Override
    public void close() {
        run(consumer::close);
    }

    @Override
    public <T> T receiveBody(Class<T> c) {
        return call(() -> consumer.receiveBody(c, 0));
    }

    @Override
    public <T> T receiveBody(Class<T> c, long timeout) {
        return call(() -> consumer.receiveBody(c, timeout));
    }

    @Override
    public <T> T receiveBodyNoWait(Class<T> c) {
        return call(() -> consumer.receiveBody(c, -1));
    }
}
