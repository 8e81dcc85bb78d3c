package dev.petrel.jms;

import jakarta.jms.Queue;
import java.io.Serializable;
import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;
import java.util.Objects;

/** A queue by its physical name on the broker. Immutable; equal when the names are. */
public final class PetrelQueue implements Queue, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final String name;

    public PetrelQueue(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public String getQueueName() {
        return name;
    }

    /**
     * How a JNDI provider stores this destination: its class and physical name, rebuilt by
     * {@code dev.petrel.jndi.PetrelObjectFactory} (named as a string: the JMS objects do not depend on JNDI code).
     */
    @Override
    public Reference getReference() {
        return new Reference(getClass().getName(), new StringRefAddr("name", name), "dev.petrel.jndi.PetrelObjectFactory", null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PetrelQueue q && name.equals(q.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "queue://" + name;
    }
}
