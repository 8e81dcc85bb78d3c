package dev.petrel.jms;

import jakarta.jms.Queue;
import java.io.Serializable;
import java.util.Objects;

/** A queue by its physical name on the broker. Immutable; equal when the names are. */
public final class PetrelQueue implements Queue, Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;

    public PetrelQueue(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public String getQueueName() {
        return name;
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
