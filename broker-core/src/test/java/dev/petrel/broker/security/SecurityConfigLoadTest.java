package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.config.AuthorizationRule;
import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.BrokerConfigLoader;
import dev.petrel.broker.config.ConfigException;
import dev.petrel.broker.config.LimitsConfig;
import dev.petrel.broker.config.Permission;
import dev.petrel.broker.config.TlsConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <security>}, {@code <tls>} and {@code <limits>} as broker.xml spells them. */
class SecurityConfigLoadTest {

    @TempDir
    Path dir;

    private BrokerConfig load(String xml) throws IOException {
        Path file = dir.resolve("broker.xml");
        Files.writeString(file, xml);
        return BrokerConfigLoader.load(file);
    }

    @Test
    void everySettingIsBound() throws IOException {
        BrokerConfig config = load("""
                <broker>
                  <acceptors>
                    <acceptor name="ssl" uri="ssl://0.0.0.0:61617">
                      <tls keyStore="conf/broker.p12" keyStorePassword="secret" trustStore="conf/ca.p12"
                           trustStorePassword="s2" clientAuth="need"/>
                    </acceptor>
                  </acceptors>
                  <security anonymous="false" populateJmsxUserId="true" usersFile="u.properties"
                            loginFailureDelay="1s" maxLoginFailureDelay="30s">
                    <authorization>
                      <rule destination="orders.>" type="queue" send="producers, admins" consume="consumers"/>
                      <rule destination=">" type="temporary" create="*"/>
                    </authorization>
                  </security>
                  <limits maxConnections="50" maxConnectionsPerAddress="5" maxProducersPerConnection="7"
                          maxConsumersPerConnection="0"/>
                </broker>""");
        assertThat(config.acceptors().get(0).uri()).isEqualTo("ssl://0.0.0.0:61617");
        assertThat(config.acceptors().get(0).tls().clientAuth()).isEqualTo(TlsConfig.ClientAuth.NEED);
        assertThat(config.acceptors().get(0).tls().toString()).doesNotContain("secret");
        assertThat(config.security().anonymous()).isFalse();
        assertThat(config.security().populateJmsxUserId()).isTrue();
        assertThat(config.security().login().usersFile()).isEqualTo(Path.of("u.properties"));
        assertThat(config.security().login().maxFailureDelay()).isEqualTo(Duration.ofSeconds(30));
        AuthorizationRule orders = config.security().authorization().rules().get(0);
        assertThat(orders.scope()).isEqualTo(AuthorizationRule.Scope.QUEUES);
        assertThat(orders.roles().get(Permission.SEND)).isEqualTo(Set.of("producers", "admins"));
        assertThat(orders.roles().get(Permission.BROWSE)).isEmpty();
        assertThat(config.security().authorization().rules().get(1).scope())
                .isEqualTo(AuthorizationRule.Scope.TEMPORARY);
        assertThat(config.limits()).isEqualTo(new LimitsConfig(50, 5, 7, 0));
    }

    @Test
    void anEmptySecurityElementKeepsTheDefaults() throws IOException {
        assertThat(load("<broker><security/><limits/></broker>")).isEqualTo(BrokerConfig.defaults());
    }

    @Test
    void mistakesNameTheElementAndTheFix() {
        assertThatThrownBy(() -> load("<broker><acceptors><acceptor name=\"s\" uri=\"ssl://h:1\"/></acceptors>"
                + "</broker>")).isInstanceOf(ConfigException.class).hasMessageContaining("needs a <tls");
        assertThatThrownBy(() -> load("<broker><security><authorization><rule destination=\"a.>.b\"/>"
                + "</authorization></security></broker>")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("<rule destination=\"a.>.b\">");
        assertThatThrownBy(() -> load("<broker><security><authorization><rule destination=\"a\" type=\"queues\"/>"
                + "</authorization></security></broker>")).hasMessageContaining("expected queue, topic or temporary");
        assertThatThrownBy(() -> load("<broker><security><authorization><rule destination=\"a\" purge=\"x\"/>"
                + "</authorization></security></broker>")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> load("<broker><limits maxConnections=\"-1\"/></broker>"))
                .hasMessageContaining("0 for no limit");
    }
}
