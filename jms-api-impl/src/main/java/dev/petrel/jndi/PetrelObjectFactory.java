package dev.petrel.jndi;

import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTopic;
import dev.petrel.jms.PetrelXAConnectionFactory;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.NamingException;
import javax.naming.RefAddr;
import javax.naming.Reference;
import javax.naming.spi.ObjectFactory;

/**
 * Rebuilds Petrel's administered objects from the {@link Reference} a naming service stores for them, so an
 * application server or LDAP directory can bind them by reference. The reference's class name says what to
 * build, and one {@link javax.naming.StringRefAddr} carries its state:
 *
 * <ul>
 * <li>{@link PetrelConnectionFactory} and {@link PetrelXAConnectionFactory}: address {@value #URI_ADDRESS}, the
 *     connection URI;</li>
 * <li>{@link PetrelQueue} and {@link PetrelTopic}: address {@value #NAME_ADDRESS}, the physical name.</li>
 * </ul>
 *
 * <p>Any other object or reference gives {@code null}, as {@link ObjectFactory} asks, so the naming service
 * can try its other factories. A reference of one of these classes with its address missing or invalid fails
 * with a {@link NamingException} saying which. Stateless and thread-safe.
 */
public final class PetrelObjectFactory implements ObjectFactory {

    /** The address type holding a connection factory's URI. */
    public static final String URI_ADDRESS = "uri";
    /** The address type holding a destination's physical name. */
    public static final String NAME_ADDRESS = "name";

    /** Called by the naming service, which finds this class by name in the reference. */
    public PetrelObjectFactory() {
        // stateless
    }

    @Override
    public Object getObjectInstance(Object obj, Name name, Context nameCtx, Hashtable<?, ?> environment)
            throws NamingException {
        if (!(obj instanceof Reference reference)) {
            return null;
        }
        String className = reference.getClassName();
        if (PetrelConnectionFactory.class.getName().equals(className)) {
            return AdministeredObjects.connectionFactory(describe(reference, URI_ADDRESS),
                    address(reference, URI_ADDRESS));
        }
        if (PetrelXAConnectionFactory.class.getName().equals(className)) {
            return AdministeredObjects.xaConnectionFactory(describe(reference, URI_ADDRESS),
                    address(reference, URI_ADDRESS));
        }
        if (PetrelQueue.class.getName().equals(className)) {
            return AdministeredObjects.queue(describe(reference, NAME_ADDRESS), address(reference, NAME_ADDRESS));
        }
        if (PetrelTopic.class.getName().equals(className)) {
            return AdministeredObjects.topic(describe(reference, NAME_ADDRESS), address(reference, NAME_ADDRESS));
        }
        return null;
    }

    private static String address(Reference reference, String type) throws NamingException {
        RefAddr address = reference.get(type);
        if (address == null || !(address.getContent() instanceof String content)) {
            throw AdministeredObjects.invalid(describe(reference, type),
                    address == null ? "the reference has no such address" : "its content is not a string", null);
        }
        return content;
    }

    private static String describe(Reference reference, String type) {
        return "the address '" + type + "' of the JNDI reference to a " + reference.getClassName();
    }
}
