package dev.petrel.jndi;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.naming.NamingEnumeration;

/**
 * A {@link NamingEnumeration} over a fixed list. Holds no resources, so {@link #close()} only ends the
 * enumeration. Used by one thread at a time, as JNDI enumerations are.
 *
 * @param <T> the kind of element
 */
final class ListEnumeration<T> implements NamingEnumeration<T> {

    private Iterator<T> items;

    ListEnumeration(List<T> items) {
        this.items = List.copyOf(items).iterator();
    }

    @Override
    public T next() {
        return nextElement();
    }

    @Override
    public boolean hasMore() {
        return hasMoreElements();
    }

    @Override
    public boolean hasMoreElements() {
        return items.hasNext();
    }

    @Override
    public T nextElement() {
        if (!items.hasNext()) {
            throw new NoSuchElementException("the JNDI listing has no more elements");
        }
        return items.next();
    }

    @Override
    public void close() {
        items = List.<T>of().iterator();
    }
}
