package dev.petrel.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The connection factory configured property by property, as tools and application servers do it. */
class ConnectionFactoryBeanPropertiesTest {

    @Test
    void eachSetterChangesItsUriOptionAndKeepsTheOthers() {
        PetrelConnectionFactory factory = new PetrelConnectionFactory("tcp://broker:61616?jms.prefetch=10");
        factory.setClientID("orders-app");
        factory.setUserName("alice");
        factory.setPassword("s3cret&more");
        factory.setConnectTimeout(2500);
        factory.setHeartbeatTimeout(0);
        factory.setMaxFrameSize(1 << 20);
        factory.setTrustedPackages("com.acme.orders");

        ConnectionOptions options = factory.options();
        assertThat(options.prefetch()).isEqualTo(10);
        assertThat(options.clientId()).isEqualTo("orders-app");
        assertThat(options.userName()).isEqualTo("alice");
        assertThat(options.password()).isEqualTo("s3cret&more");
        assertThat(options.connectTimeoutMs()).isEqualTo(2500);
        assertThat(options.heartbeatTimeoutMs()).isZero();
        assertThat(options.maxFrameSize()).isEqualTo(1 << 20);
        assertThat(factory.getTrustedPackages()).isEqualTo("com.acme.orders");
        assertThat(factory.getBrokerURL()).startsWith("tcp://broker:61616?jms.prefetch=10&jms.clientID=orders-app");
    }

    @Test
    void settingAnOptionAgainReplacesItWhereItStands() {
        PetrelConnectionFactory factory = new PetrelConnectionFactory("tcp://broker:61616?jms.prefetch=10&connectTimeout=5");
        factory.setPrefetch(0);
        assertThat(factory.getBrokerURL()).isEqualTo("tcp://broker:61616?jms.prefetch=0&connectTimeout=5");
        assertThat(factory.getPrefetch()).isZero();
    }

    @Test
    void nullRemovesAnOptionBackToItsDefault() {
        PetrelConnectionFactory factory = new PetrelConnectionFactory("tcp://broker:61616?jms.prefetch=10");
        factory.setOption("jms.prefetch", null);
        assertThat(factory.getBrokerURL()).isEqualTo("tcp://broker:61616");
        assertThat(factory.getPrefetch()).isEqualTo(ConnectionOptions.DEFAULT_PREFETCH);
    }

    @Test
    void aBadValueIsRefusedAtOnceAndLeavesTheFactoryAsItWas() {
        PetrelConnectionFactory factory = new PetrelConnectionFactory("tcp://broker:61616");
        assertThatThrownBy(() -> factory.setPrefetch(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jms.prefetch=-1");
        assertThatThrownBy(() -> factory.setOption("jms.prefech", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option 'jms.prefech'");
        assertThat(factory.getBrokerURL()).isEqualTo("tcp://broker:61616");
    }

    @Test
    void brokerUrlReplacesEverything() {
        PetrelConnectionFactory factory = new PetrelConnectionFactory();
        factory.setBrokerURL("vm://embedded?jms.prefetch=5");
        assertThat(factory.options().endpoint().toString()).isEqualTo("vm://embedded");
        assertThat(factory.getPrefetch()).isEqualTo(5);
    }

    @Test
    void theReferenceCarriesTheConfiguredUri() throws Exception {
        PetrelConnectionFactory factory = new PetrelConnectionFactory("tcp://broker:61616");
        factory.setClientID("by-reference");
        assertThat(factory.getReference().get("uri").getContent()).isEqualTo(factory.getBrokerURL());
    }
}
