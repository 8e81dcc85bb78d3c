package dev.petrel.jms;

import jakarta.jms.Queue;
import javax.naming.Reference;
import javax.naming.Referenceable;

/** A queue by its physical name on the broker. Immutable; equal when the names are. */
public final class PetrelQueue extends NamedDestination implements Queue, Referenceable {

    private static final long serialVersionUID = 2L;

    public PetrelQueue(String name) {
        super(name);
    }

    @Override
    public String getQueueName() {
        return name();
    }

    @Override
    public Reference getReference() {
        return reference();
    }

    @Override
    String scheme() {
        return "queue";
    }
}
