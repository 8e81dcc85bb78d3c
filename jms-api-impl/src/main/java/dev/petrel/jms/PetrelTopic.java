package dev.petrel.jms;

import jakarta.jms.Topic;
import javax.naming.Reference;
import javax.naming.Referenceable;

/** A topic by its physical name on the broker. Immutable; equal when the names are. */
public final class PetrelTopic extends NamedDestination implements Topic, Referenceable {

    private static final long serialVersionUID = 2L;

    public PetrelTopic(String name) {
        super(name);
    }

    @Override
    public String getTopicName() {
        return name();
    }

    @Override
    public Reference getReference() {
        return reference();
    }

    @Override
    String scheme() {
        return "topic";
    }
}
