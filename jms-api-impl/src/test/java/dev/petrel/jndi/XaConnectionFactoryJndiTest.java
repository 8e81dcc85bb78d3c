package dev.petrel.jndi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelXAConnectionFactory;
import jakarta.jms.XAConnectionFactory;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.Reference;
import org.junit.jupiter.api.Test;

/** The XA connection factory through JNDI: bound by default, and stored and rebuilt by reference. */
class XaConnectionFactoryJndiTest {

    private static InitialContext context(String... properties) throws Exception {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, PetrelInitialContextFactory.class.getName());
        env.put(Context.PROVIDER_URL, "tcp://broker:61616?jms.prefetch=7");
        for (int i = 0; i < properties.length; i += 2) {
            env.put(properties[i], properties[i + 1]);
        }
        return new InitialContext(env);
    }

    @Test
    void xaConnectionFactoryIsBoundByDefaultForTheProviderUrl() throws Exception {
        Object bound = context().lookup("XAConnectionFactory");
        assertThat(bound).isInstanceOf(XAConnectionFactory.class);
        assertThat(((PetrelXAConnectionFactory) bound).options().prefetch()).isEqualTo(7);
        assertThat(context().lookup("ConnectionFactory")).isInstanceOf(PetrelConnectionFactory.class);
    }

    @Test
    void listedNamesStartingWithXaGetTheXaFlavour() throws Exception {
        InitialContext context = context(PetrelInitialContextFactory.DEFAULT_FACTORY_NAMES_PROPERTY, "Plain, XAOrders");
        assertThat(context.lookup("XAOrders")).isInstanceOf(PetrelXAConnectionFactory.class);
        assertThat(context.lookup("Plain")).isInstanceOf(PetrelConnectionFactory.class);
    }

    @Test
    void theXaFactoryIsRebuiltFromItsReference() throws Exception {
        Reference reference = new PetrelXAConnectionFactory("tcp://broker:61616?jms.clientID=xa-app").getReference();
        Object rebuilt = new PetrelObjectFactory().getObjectInstance(reference, null, null, new Hashtable<>());
        assertThat(rebuilt).isInstanceOf(PetrelXAConnectionFactory.class);
        assertThat(((PetrelXAConnectionFactory) rebuilt).options().clientId()).isEqualTo("xa-app");
    }
}
