package dev.petrel.jms;

import jakarta.jms.JMSException;
import jakarta.jms.TemporaryQueue;
import java.io.Serializable;

/**
 * A queue that lives as long as the connection that created it, and that only that connection may consume
 * from (Jakarta Messaging 3.1 §6.2.2). Its name is the connection's id followed by {@code .tmp-<n>}, so it is
 * unique on the broker. Immutable; equal when the names are. A copy received in a message has no owner here and
 * cannot be deleted through it.
 */
public final class PetrelTemporaryQueue implements TemporaryQueue, Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient TemporaryDestinations owner;

    PetrelTemporaryQueue(String name, TemporaryDestinations owner) {
        this.name = name;
        this.owner = owner;
    }

    @Override
    public String getQueueName() {
        return name;
    }

    /** Deletes the queue; refused while the connection has consumers on it (TemporaryQueue.delete javadoc). */
    @Override
    public void delete() throws JMSException {
        TemporaryDestinations.delete(owner, Destinations.toRef(this));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PetrelTemporaryQueue q && name.equals(q.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "temp-queue://" + name;
    }
}
