package dev.petrel.broker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrokerConfigTest {

    @Test
    void defaults() {
        BrokerConfig config = BrokerConfig.defaults();

        assertThat(config.name()).isEqualTo("petrel");
        assertThat(config.dataDirectory()).isEqualTo(Path.of("data"));
        assertThat(config.acceptors()).containsExactly(new AcceptorConfig("tcp", "0.0.0.0", 61616));
        assertThat(config.protocol()).isEqualTo(
                new ProtocolConfig(100 * 1024 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(10)));
        assertThat(config.destinations()).isEqualTo(new DestinationPolicy(true, true));
    }

    @Test
    void withPortReplacesTheFirstAcceptorsPortOnly() {
        BrokerConfig config = BrokerConfig.defaults().withAcceptors(List.of(
                new AcceptorConfig("a", "127.0.0.1", 1000), new AcceptorConfig("b", "127.0.0.1", 2000)));

        assertThat(config.withPort(0).acceptors()).containsExactly(
                new AcceptorConfig("a", "127.0.0.1", 0), new AcceptorConfig("b", "127.0.0.1", 2000));
    }

    @Test
    void withPortAddsTheDefaultAcceptorWhenThereIsNone() {
        BrokerConfig config = BrokerConfig.defaults().withAcceptors(List.of()).withPort(5000);

        assertThat(config.acceptors()).containsExactly(AcceptorConfig.defaults().withPort(5000));
    }

    @Test
    void withPortRejectsAnOutOfRangePort() {
        assertThatThrownBy(() -> BrokerConfig.defaults().withPort(65536))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 65535");
    }

    @Test
    void withDataDirectoryChangesOnlyThat() {
        BrokerConfig config = BrokerConfig.defaults().withDataDirectory(Path.of("/tmp/x"));

        assertThat(config).isEqualTo(new BrokerConfig("petrel", Path.of("/tmp/x"), List.of(AcceptorConfig.defaults()),
                ProtocolConfig.defaults(), DestinationPolicy.defaults()));
    }

    @Test
    void acceptorListIsACopyAndImmutable() {
        List<AcceptorConfig> mutable = new ArrayList<>(List.of(AcceptorConfig.defaults()));
        BrokerConfig config = BrokerConfig.defaults().withAcceptors(mutable);
        mutable.clear();

        assertThat(config.acceptors()).hasSize(1);
        assertThatThrownBy(() -> config.acceptors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://0.0.0.0:61616", "tcp://localhost:0", "tcp://[::]:61616", "tcp://10.1.2.3:65535"})
    void acceptorUriRoundTrips(String uri) {
        assertThat(AcceptorConfig.fromUri("x", uri).uri()).isEqualTo(uri);
    }

    @Test
    void acceptorUriParts() {
        assertThat(AcceptorConfig.fromUri("x", " TCP://[::1]:5 ")).isEqualTo(new AcceptorConfig("x", "::1", 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://host:1/path", "tcp://host:1?x=y", "tcp://user@host:1", "tcp:host:1", "host:1",
            "tcp://:1", "tcp://host", "tcp://host:-1", "tcp://host:99999999999", "%%"})
    void badAcceptorUris(String uri) {
        assertThatThrownBy(() -> AcceptorConfig.fromUri("x", uri))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected tcp://HOST:PORT");
    }

    @Test
    void acceptorPortRange() {
        assertThatThrownBy(() -> AcceptorConfig.fromUri("x", "tcp://host:65536"))
                .hasMessage("port must be between 0 and 65535, got 65536");
    }

    @Test
    void duplicateAcceptorNamesAreRefused() {
        List<AcceptorConfig> twins = List.of(AcceptorConfig.defaults(), AcceptorConfig.defaults().withPort(1));

        assertThatThrownBy(() -> BrokerConfig.defaults().withAcceptors(twins))
                .hasMessageContaining("two acceptors are named \"tcp\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "-x", "a/b", "a:b"})
    void badNames(String name) {
        assertThatThrownBy(() -> BrokerConfig.defaults().withName(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeoutsMustFitTheWireFormat() {
        assertThatThrownBy(() -> new ProtocolConfig(1024, Duration.ofDays(25), Duration.ofSeconds(1)))
                .hasMessageContaining("heartbeatTimeout must be between 0 and 2147483647ms");
        assertThatThrownBy(() -> new ProtocolConfig(1024, Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .hasMessageContaining("heartbeatTimeout");
    }
}
