package dev.petrel.jndi;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Builds JNDI environments and initial contexts the way applications do. */
final class JndiTestSupport {

    private JndiTestSupport() {
    }

    /** An environment naming Petrel's factory plus {@code keyValues} as key, value, key, value… */
    static Hashtable<String, Object> env(String... keyValues) {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, PetrelInitialContextFactory.class.getName());
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return env;
    }

    /** {@code new InitialContext(env(keyValues))}. */
    static InitialContext context(String... keyValues) throws NamingException {
        return new InitialContext(env(keyValues));
    }
}
