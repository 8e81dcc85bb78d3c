package dev.petrel.jndi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTopic;
import javax.naming.NamingException;
import javax.naming.Reference;
import javax.naming.StringRefAddr;
import org.junit.jupiter.api.Test;

/** Rebuilding administered objects from references built by hand, as a naming service stores them. */
class PetrelObjectFactoryTest {

    private final PetrelObjectFactory factory = new PetrelObjectFactory();

    @Test
    void aConnectionFactoryReferenceGivesAFactoryWithItsUri() throws Exception {
        String uri = "tcp://broker.example:61616?jms.clientID=app";

        Object built = build(reference(PetrelConnectionFactory.class, PetrelObjectFactory.URI_ADDRESS, uri));

        assertThat(built).isInstanceOf(PetrelConnectionFactory.class);
        assertThat(((PetrelConnectionFactory) built).options().uri()).isEqualTo(uri);
        assertThat(((PetrelConnectionFactory) built).options().clientId()).isEqualTo("app");
    }

    @Test
    void queueAndTopicReferencesGiveDestinationsWithTheirPhysicalNames() throws Exception {
        assertThat(build(reference(PetrelQueue.class, PetrelObjectFactory.NAME_ADDRESS, "orders")))
                .isEqualTo(new PetrelQueue("orders"));
        assertThat(build(reference(PetrelTopic.class, PetrelObjectFactory.NAME_ADDRESS, "prices")))
                .isEqualTo(new PetrelTopic("prices"));
    }

    @Test
    void anythingElseGivesNullSoOtherFactoriesCanTry() throws Exception {
        assertThat(build("not a reference")).isNull();
        assertThat(build(null)).isNull();
        assertThat(build(reference(String.class, PetrelObjectFactory.NAME_ADDRESS, "x"))).isNull();
    }

    @Test
    void aMissingAddressIsAnErrorNamingIt() {
        Reference noUri = new Reference(PetrelConnectionFactory.class.getName(),
                new StringRefAddr(PetrelObjectFactory.NAME_ADDRESS, "orders"));

        assertThatThrownBy(() -> build(noUri)).isInstanceOf(NamingException.class)
                .hasMessageContaining("'uri'").hasMessageContaining(PetrelConnectionFactory.class.getName())
                .hasMessageContaining("no such address");
        assertThatThrownBy(() -> build(new Reference(PetrelQueue.class.getName())))
                .isInstanceOf(NamingException.class).hasMessageContaining("'name'");
    }

    @Test
    void anInvalidUriIsAnErrorWithTheFactorysErrorAsRootCause() {
        Reference bad = reference(PetrelConnectionFactory.class, PetrelObjectFactory.URI_ADDRESS, "ftp://x");

        assertThatThrownBy(() -> build(bad)).isInstanceOf(NamingException.class)
                .hasMessageContaining("'uri'").hasMessageContaining("ftp")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private Object build(Object stored) throws Exception {
        return factory.getObjectInstance(stored, null, null, null);
    }

    private static Reference reference(Class<?> type, String addressType, String content) {
        return new Reference(type.getName(), new StringRefAddr(addressType, content),
                PetrelObjectFactory.class.getName(), null);
    }
}
