package dev.petrel.jndi;

import static dev.petrel.jndi.PetrelInitialContextFactory.CONNECTION_FACTORY_PREFIX;
import static dev.petrel.jndi.PetrelInitialContextFactory.DEFAULT_FACTORY_NAMES;
import static dev.petrel.jndi.PetrelInitialContextFactory.DEFAULT_FACTORY_NAMES_PROPERTY;
import static dev.petrel.jndi.PetrelInitialContextFactory.QUEUE_PREFIX;
import static dev.petrel.jndi.PetrelInitialContextFactory.TOPIC_PREFIX;

import dev.petrel.jms.ConnectionOptions;
import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelXAConnectionFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.naming.Context;
import javax.naming.NamingException;

/**
 * Reads the JNDI environment into the objects it binds, by name. Defaults are bound first; an explicit
 * {@code connectionFactory.<name>} may replace one, but two explicit properties binding the same name are an
 * error rather than a silent last-one-wins. Properties are read in key order so errors are the same every run.
 * Stateless.
 */
final class JndiBindings {

    private JndiBindings() {
    }

    /** The property conventions that bind one object each, by prefix. */
    private enum Convention {
        CONNECTION_FACTORY(CONNECTION_FACTORY_PREFIX) {
            @Override
            Object create(String property, String value) throws NamingException {
                return AdministeredObjects.connectionFactory(describe(property), value.trim());
            }
        },
        QUEUE(QUEUE_PREFIX) {
            @Override
            Object create(String property, String value) throws NamingException {
                return AdministeredObjects.queue(describe(property), value);
            }
        },
        TOPIC(TOPIC_PREFIX) {
            @Override
            Object create(String property, String value) throws NamingException {
                return AdministeredObjects.topic(describe(property), value);
            }
        };

        private final String prefix;

        Convention(String prefix) {
            this.prefix = prefix;
        }

        abstract Object create(String property, String value) throws NamingException;

        static Convention of(String property) {
            return Arrays.stream(values()).filter(c -> property.startsWith(c.prefix)).findFirst().orElse(null);
        }
    }

    /**
     * The objects {@code environment} configures, sorted by JNDI name.
     *
     * @throws NamingException naming the property when a value is invalid or a name is bound twice
     */
    static Map<String, Object> from(Map<?, ?> environment) throws NamingException {
        Map<String, Object> bindings = new TreeMap<>();
        bindDefaultFactory(environment, bindings);
        Map<String, String> boundBy = new HashMap<>();
        for (Map.Entry<String, Object> property : stringKeyed(environment).entrySet()) {
            Convention convention = Convention.of(property.getKey());
            if (convention != null) {
                bindExplicit(convention, property.getKey(), property.getValue(), bindings, boundBy);
            }
        }
        return bindings;
    }

    private static void bindDefaultFactory(Map<?, ?> environment, Map<String, Object> bindings)
            throws NamingException {
        List<String> names = DEFAULT_FACTORY_NAMES;
        Object listed = environment.get(DEFAULT_FACTORY_NAMES_PROPERTY);
        if (listed != null) {
            names = Arrays.stream(text(DEFAULT_FACTORY_NAMES_PROPERTY, listed).split(","))
                    .map(String::trim).filter(name -> !name.isEmpty()).toList();
        }
        if (names.isEmpty()) {
            return;
        }
        Object url = environment.get(Context.PROVIDER_URL);
        String uri = url == null ? ConnectionOptions.DEFAULT_URI : text(Context.PROVIDER_URL, url).trim();
        PetrelConnectionFactory factory = AdministeredObjects.connectionFactory(describe(Context.PROVIDER_URL), uri);
        PetrelXAConnectionFactory xaFactory = AdministeredObjects.xaConnectionFactory(describe(Context.PROVIDER_URL),
                uri);
        // as in ActiveMQ, a default name starting with "XA" gets the XA flavour of the same factory
        names.forEach(name -> bindings.put(name, name.startsWith("XA") ? xaFactory : factory));
    }

    private static void bindExplicit(Convention convention, String property, Object value,
            Map<String, Object> bindings, Map<String, String> boundBy) throws NamingException {
        String jndiName = property.substring(convention.prefix.length());
        if (jndiName.isEmpty()) {
            throw AdministeredObjects.invalid(describe(property),
                    "it names no JNDI name; write " + convention.prefix + "<jndiName>=<value>", null);
        }
        String earlier = boundBy.putIfAbsent(jndiName, property);
        if (earlier != null) {
            throw AdministeredObjects.invalid(describe(property), "the JNDI name '" + jndiName
                    + "' is already bound by the property " + earlier + "; give each JNDI name once", null);
        }
        bindings.put(jndiName, convention.create(property, text(property, value)));
    }

    /** The entries whose keys are strings, sorted by key; JNDI allows other keys, which mean nothing here. */
    private static Map<String, Object> stringKeyed(Map<?, ?> environment) {
        Map<String, Object> sorted = new TreeMap<>();
        environment.forEach((key, value) -> {
            if (key instanceof String name) {
                sorted.put(name, value);
            }
        });
        return sorted;
    }

    private static String text(String property, Object value) throws NamingException {
        if (value instanceof String s) {
            return s;
        }
        throw AdministeredObjects.invalid(describe(property),
                "its value is a " + value.getClass().getName() + ", not a string", null);
    }

    private static String describe(String property) {
        return "the JNDI property " + property;
    }
}
