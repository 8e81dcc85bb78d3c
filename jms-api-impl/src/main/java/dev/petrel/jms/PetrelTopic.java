package dev.petrel.jms;

import jakarta.jms.Topic;
import java.io.Serializable;
import java.util.Objects;

/** A topic by its physical name on the broker. Immutable; equal when the names are. */
public final class PetrelTopic implements Topic, Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;

    public PetrelTopic(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public String getTopicName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PetrelTopic t && name.equals(t.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "topic://" + name;
    }
}
