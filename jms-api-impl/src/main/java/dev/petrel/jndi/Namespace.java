package dev.petrel.jndi;

import static dev.petrel.jndi.PetrelInitialContextFactory.DYNAMIC_QUEUES;
import static dev.petrel.jndi.PetrelInitialContextFactory.DYNAMIC_TOPICS;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import javax.naming.Binding;
import javax.naming.NameClassPair;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.NotContextException;

/**
 * The flat name space of a {@link ReadOnlyContext}: the bound objects plus the dynamic
 * {@code dynamicQueues/…} and {@code dynamicTopics/…} names. Immutable, so contexts sharing it are thread-safe.
 */
final class Namespace {

    private final Map<String, Object> bindings;

    /** @param bindings the objects by JNDI name; copied, listed in name order */
    Namespace(Map<String, Object> bindings) {
        this.bindings = new TreeMap<>(bindings);
    }

    /**
     * The object {@code name} is bound to, or a new destination for a dynamic name.
     *
     * @throws NameNotFoundException listing the bound names when nothing is bound to {@code name}
     */
    Object lookup(String name) throws NamingException {
        Object bound = bindings.get(name);
        if (bound != null) {
            return bound;
        }
        if (name.startsWith(DYNAMIC_QUEUES)) {
            return AdministeredObjects.queue(dynamic(DYNAMIC_QUEUES), name.substring(DYNAMIC_QUEUES.length()));
        }
        if (name.startsWith(DYNAMIC_TOPICS)) {
            return AdministeredObjects.topic(dynamic(DYNAMIC_TOPICS), name.substring(DYNAMIC_TOPICS.length()));
        }
        throw notFound(name);
    }

    /** The names and classes bound in the context {@code name} names; only {@code ""} has any. */
    NamingEnumeration<NameClassPair> list(String name) throws NamingException {
        return listing(name, (jndiName, object) -> new NameClassPair(jndiName, object.getClass().getName()));
    }

    /** The bindings of the context {@code name} names; only {@code ""} has any. */
    NamingEnumeration<Binding> listBindings(String name) throws NamingException {
        return listing(name, Binding::new);
    }

    private <T> NamingEnumeration<T> listing(String name, BiFunction<String, Object, T> entry)
            throws NamingException {
        checkListable(name);
        if (!name.isEmpty()) {
            return new ListEnumeration<>(List.of());
        }
        return new ListEnumeration<>(bindings.entrySet().stream().map(e -> entry.apply(e.getKey(), e.getValue()))
                .toList());
    }

    /**
     * Accepts the root and the two dynamic prefixes (which list nothing: their names are made on lookup);
     * refuses a bound object and anything else.
     */
    private void checkListable(String name) throws NamingException {
        if (name.isEmpty() || (name + "/").equals(DYNAMIC_QUEUES) || (name + "/").equals(DYNAMIC_TOPICS)) {
            return;
        }
        Object bound = bindings.get(name);
        if (bound != null) {
            throw new NotContextException("'" + name + "' is bound to " + bound + ", not to a context: only the "
                    + "root \"\" of Petrel's JNDI context has names to list");
        }
        throw notFound(name);
    }

    private NameNotFoundException notFound(String name) {
        String bound = bindings.isEmpty() ? "no names are bound (the JNDI properties configure none)"
                : "the bound names are " + String.join(", ", bindings.keySet());
        return new NameNotFoundException("nothing is bound to '" + name + "' in Petrel's JNDI context; " + bound
                + ". Look up " + DYNAMIC_QUEUES + "<physicalName> or " + DYNAMIC_TOPICS + "<physicalName> for a "
                + "destination no property configures, or add queue.<jndiName>=<physicalName>, "
                + "topic.<jndiName>=<physicalName> or connectionFactory.<jndiName>=<uri> to the JNDI properties");
    }

    private static String dynamic(String prefix) {
        return "the JNDI name " + prefix;
    }
}
