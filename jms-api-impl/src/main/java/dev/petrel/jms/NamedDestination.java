package dev.petrel.jms;

import java.io.Serializable;
import java.util.Objects;
import javax.naming.Reference;
import javax.naming.StringRefAddr;

/**
 * What every Petrel destination is: a kind and a physical name on the broker. Immutable; two destinations are
 * equal when they are of the same class and have the same name.
 */
abstract class NamedDestination implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;

    NamedDestination(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    final String name() {
        return name;
    }

    /** The prefix of {@link #toString()}: {@code queue}, {@code topic}, {@code temp-queue}, {@code temp-topic}. */
    abstract String scheme();

    /**
     * How a JNDI provider stores the destination: its class and physical name, rebuilt by
     * {@code dev.petrel.jndi.PetrelObjectFactory} (named as a string: the JMS objects do not depend on JNDI code).
     */
    final Reference reference() {
        return new Reference(getClass().getName(), new StringRefAddr("name", name),
                "dev.petrel.jndi.PetrelObjectFactory", null);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && name.equals(((NamedDestination) o).name);
    }

    @Override
    public final int hashCode() {
        return name.hashCode();
    }

    @Override
    public final String toString() {
        return scheme() + "://" + name;
    }
}
