package dev.petrel.jndi;

import static dev.petrel.jndi.JndiTestSupport.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelQueue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import javax.naming.Binding;
import javax.naming.CompositeName;
import javax.naming.Context;
import javax.naming.NameClassPair;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.NotContextException;
import javax.naming.OperationNotSupportedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link Context} operations of Petrel's read-only context, through {@code InitialContext}. */
class ReadOnlyContextTest {

    /** One call on a context. */
    interface ContextCall {
        void on(Context ctx) throws NamingException;
    }

    static Stream<Arguments> changes() {
        CompositeName n = name("orders");
        return Stream.of(
                Arguments.of("bind", (ContextCall) c -> c.bind("x", new PetrelQueue("x"))),
                Arguments.of("bind", (ContextCall) c -> c.bind(n, new PetrelQueue("x"))),
                Arguments.of("rebind", (ContextCall) c -> c.rebind("orders", new PetrelQueue("x"))),
                Arguments.of("rebind", (ContextCall) c -> c.rebind(n, new PetrelQueue("x"))),
                Arguments.of("unbind", (ContextCall) c -> c.unbind("orders")),
                Arguments.of("unbind", (ContextCall) c -> c.unbind(n)),
                Arguments.of("rename", (ContextCall) c -> c.rename("orders", "sales")),
                Arguments.of("rename", (ContextCall) c -> c.rename(n, name("sales"))),
                Arguments.of("createSubcontext", (ContextCall) c -> c.createSubcontext("jms")),
                Arguments.of("createSubcontext", (ContextCall) c -> c.createSubcontext(name("jms"))),
                Arguments.of("destroySubcontext", (ContextCall) c -> c.destroySubcontext("orders")),
                Arguments.of("destroySubcontext", (ContextCall) c -> c.destroySubcontext(n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void changesToTheBindingsAreRefusedNamingTheOperation(String operation, ContextCall call) throws Exception {
        Context ctx = context("queue.orders", "orders");

        assertThatThrownBy(() -> call.on(ctx))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessageStartingWith(operation + " is not supported")
                .hasMessageContaining("read-only").hasMessageContaining("configured by the JNDI properties");
        assertThat(ctx.lookup("orders")).isEqualTo(new PetrelQueue("orders"));
    }

    @Test
    void theRootListsEveryBoundNameInOrderWithItsClass() throws Exception {
        Context ctx = context("queue.orders", "orders", "connectionFactoryNames", "cf");

        List<String> listed = new ArrayList<>();
        for (NamingEnumeration<NameClassPair> e = ctx.list(""); e.hasMore(); ) {
            NameClassPair pair = e.next();
            listed.add(pair.getName() + "=" + pair.getClassName());
        }
        assertThat(listed).containsExactly("cf=" + PetrelConnectionFactory.class.getName(),
                "orders=" + PetrelQueue.class.getName());

        List<Object> bound = new ArrayList<>();
        for (NamingEnumeration<Binding> e = ctx.listBindings(name("")); e.hasMore(); ) {
            bound.add(e.next().getObject());
        }
        assertThat(bound).hasSize(2).element(1).isEqualTo(new PetrelQueue("orders"));
    }

    @Test
    void listingAnythingButTheRootSaysWhy() throws Exception {
        Context ctx = context("queue.orders", "orders");

        assertThatThrownBy(() -> ctx.list("orders")).isInstanceOf(NotContextException.class)
                .hasMessageContaining("'orders'");
        assertThatThrownBy(() -> ctx.listBindings("nothing")).isInstanceOf(NameNotFoundException.class);
        assertThat(ctx.list("dynamicQueues").hasMore()).as("dynamic names are made on lookup").isFalse();
    }

    @Test
    void anExhaustedListingSaysSo() throws Exception {
        NamingEnumeration<NameClassPair> listing = context("connectionFactoryNames", "").list("");

        assertThat(listing.hasMoreElements()).isFalse();
        assertThatThrownBy(listing::next).isInstanceOf(NoSuchElementException.class);
        listing.close();
    }

    @Test
    void environmentNameInNamespaceAndClose() throws Exception {
        Context ctx = context(Context.PROVIDER_URL, "tcp://h:1", "queue.orders", "orders");

        assertThat(environment(ctx)).containsEntry(Context.PROVIDER_URL, "tcp://h:1")
                .containsEntry("queue.orders", "orders");
        assertThat(ctx.getNameInNamespace()).isEmpty();
        ctx.addToEnvironment("custom", "value");
        assertThat(environment(ctx)).containsEntry("custom", "value");
        assertThat(ctx.removeFromEnvironment("custom")).isEqualTo("value");
        ctx.close();
    }

    @Test
    void theEmptyNameIsAContextOnTheSameNames() throws Exception {
        Context root = (Context) context("queue.orders", "orders").lookup("");

        assertThat(root.lookup("orders")).isEqualTo(new PetrelQueue("orders"));
        assertThat(root.lookupLink(name("orders"))).isEqualTo(new PetrelQueue("orders"));
        assertThat(root.getNameInNamespace()).isEmpty();
    }

    @Test
    void namesAreCompositeNames() throws Exception {
        Context root = (Context) context().lookup("");

        assertThat(root.getNameParser("").parse("jms/orders")).isEqualTo(name("jms/orders"));
        assertThat(root.composeName("orders", "jms")).isEqualTo("jms/orders");
        assertThat(root.composeName(name("orders"), name("jms"))).isEqualTo(name("jms/orders"));
    }

    private static Map<Object, Object> environment(Context ctx) throws NamingException {
        return new HashMap<>(ctx.getEnvironment());
    }

    private static CompositeName name(String text) {
        try {
            return new CompositeName(text);
        } catch (NamingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
