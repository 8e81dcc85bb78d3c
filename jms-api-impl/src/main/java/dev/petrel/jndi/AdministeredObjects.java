package dev.petrel.jndi;

import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTopic;
import dev.petrel.jms.PetrelXAConnectionFactory;
import java.util.function.Function;
import javax.naming.NamingException;

/**
 * Makes the JMS administered objects from configuration text, turning a bad value into a
 * {@link NamingException} that names where the value came from. Shared by the initial-context factory and the
 * object factory so both report mistakes the same way. Stateless.
 */
final class AdministeredObjects {

    private AdministeredObjects() {
    }

    /**
     * A connection factory for {@code uri}.
     *
     * @param source where the URI came from, e.g. the property name, for the error message
     * @throws NamingException naming {@code source} and the problem, the factory's
     *                         {@link IllegalArgumentException} as root cause
     */
    static PetrelConnectionFactory connectionFactory(String source, String uri) throws NamingException {
        return factory(source, uri, PetrelConnectionFactory::new);
    }

    /** An XA connection factory for {@code uri}; errors as {@link #connectionFactory}. */
    static PetrelXAConnectionFactory xaConnectionFactory(String source, String uri) throws NamingException {
        return factory(source, uri, PetrelXAConnectionFactory::new);
    }

    private static <T> T factory(String source, String uri, Function<String, T> make) throws NamingException {
        try {
            return make.apply(uri);
        } catch (IllegalArgumentException e) {
            throw invalid(source, e.getMessage(), e);
        }
    }

    /** A queue by its physical name; a blank name is refused with a message naming {@code source}. */
    static PetrelQueue queue(String source, String physicalName) throws NamingException {
        return new PetrelQueue(physical(source, physicalName));
    }

    /** A topic by its physical name; a blank name is refused with a message naming {@code source}. */
    static PetrelTopic topic(String source, String physicalName) throws NamingException {
        return new PetrelTopic(physical(source, physicalName));
    }

    private static String physical(String source, String physicalName) throws NamingException {
        if (physicalName == null || physicalName.isBlank()) {
            throw invalid(source, "it names no destination; give the destination's physical name on the broker",
                    null);
        }
        return physicalName.trim();
    }

    /** A NamingException saying {@code source} is invalid and why, with {@code cause} as root cause if any. */
    static NamingException invalid(String source, String problem, Exception cause) {
        NamingException e = new NamingException(source + " is invalid: " + problem);
        e.setRootCause(cause);
        return e;
    }
}
