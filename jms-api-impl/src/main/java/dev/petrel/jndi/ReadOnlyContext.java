package dev.petrel.jndi;

import java.util.Hashtable;
import javax.naming.Binding;
import javax.naming.CompositeName;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.NameClassPair;
import javax.naming.NameParser;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.OperationNotSupportedException;

/**
 * The context {@link PetrelInitialContextFactory} returns: a flat, read-only name space whose names come from
 * the JNDI properties. Names are composite-name strings used whole: {@code jms/orders} is one name, which a
 * {@code queue.jms/orders} property can bind. Every change to the bindings is refused with an
 * {@link OperationNotSupportedException}; changes to the environment are kept but do not change the names.
 * Thread-safe: the name space is immutable and the environment a synchronized {@link Hashtable}.
 */
final class ReadOnlyContext implements Context {

    private static final NameParser PARSER = CompositeName::new;

    private final Namespace namespace;
    private final Hashtable<Object, Object> environment;

    ReadOnlyContext(Namespace namespace, Hashtable<?, ?> environment) {
        this.namespace = namespace;
        this.environment = new Hashtable<>(environment);
    }

    /** The bound object; {@code ""} gives a new context on the same names with its own environment. */
    @Override
    public Object lookup(String name) throws NamingException {
        return name.isEmpty() ? new ReadOnlyContext(namespace, environment) : namespace.lookup(name);
    }

    @Override
    public Object lookup(Name name) throws NamingException {
        return lookup(name.toString());
    }

    /** There are no links here, so this is {@link #lookup(String)}. */
    @Override
    public Object lookupLink(String name) throws NamingException {
        return lookup(name);
    }

    @Override
    public Object lookupLink(Name name) throws NamingException {
        return lookup(name);
    }

    @Override
    public NamingEnumeration<NameClassPair> list(String name) throws NamingException {
        return namespace.list(name);
    }

    @Override
    public NamingEnumeration<NameClassPair> list(Name name) throws NamingException {
        return list(name.toString());
    }

    @Override
    public NamingEnumeration<Binding> listBindings(String name) throws NamingException {
        return namespace.listBindings(name);
    }

    @Override
    public NamingEnumeration<Binding> listBindings(Name name) throws NamingException {
        return listBindings(name.toString());
    }

    @Override
    public void bind(Name name, Object obj) throws NamingException {
        throw readOnly("bind");
    }

    @Override
    public void bind(String name, Object obj) throws NamingException {
        throw readOnly("bind");
    }

    @Override
    public void rebind(Name name, Object obj) throws NamingException {
        throw readOnly("rebind");
    }

    @Override
    public void rebind(String name, Object obj) throws NamingException {
        throw readOnly("rebind");
    }

    @Override
    public void unbind(Name name) throws NamingException {
        throw readOnly("unbind");
    }

    @Override
    public void unbind(String name) throws NamingException {
        throw readOnly("unbind");
    }

    @Override
    public void rename(Name oldName, Name newName) throws NamingException {
        throw readOnly("rename");
    }

    @Override
    public void rename(String oldName, String newName) throws NamingException {
        throw readOnly("rename");
    }

    @Override
    public void destroySubcontext(Name name) throws NamingException {
        throw readOnly("destroySubcontext");
    }

    @Override
    public void destroySubcontext(String name) throws NamingException {
        throw readOnly("destroySubcontext");
    }

    @Override
    public Context createSubcontext(Name name) throws NamingException {
        throw readOnly("createSubcontext");
    }

    @Override
    public Context createSubcontext(String name) throws NamingException {
        throw readOnly("createSubcontext");
    }

    @Override
    public NameParser getNameParser(Name name) {
        return PARSER;
    }

    @Override
    public NameParser getNameParser(String name) {
        return PARSER;
    }

    @Override
    public Name composeName(Name name, Name prefix) throws NamingException {
        Name composed = (Name) prefix.clone();
        return composed.addAll(name);
    }

    @Override
    public String composeName(String name, String prefix) throws NamingException {
        return composeName(new CompositeName(name), new CompositeName(prefix)).toString();
    }

    /** Kept for {@link #getEnvironment()}; the bound names stay those the context was made with. */
    @Override
    public Object addToEnvironment(String propName, Object propVal) {
        return environment.put(propName, propVal);
    }

    @Override
    public Object removeFromEnvironment(String propName) {
        return environment.remove(propName);
    }

    /** A copy of the environment the context was made with, plus later changes. */
    @Override
    public Hashtable<?, ?> getEnvironment() {
        return new Hashtable<>(environment);
    }

    /** Holds no resources (connection factories connect only when asked), so there is nothing to release. */
    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String getNameInNamespace() {
        return "";
    }

    private static OperationNotSupportedException readOnly(String operation) {
        return new OperationNotSupportedException(operation + " is not supported: Petrel's JNDI context is "
                + "read-only, its names are configured by the JNDI properties (java.naming.provider.url, "
                + "connectionFactory.<name>, queue.<name>, topic.<name>)");
    }
}
