package dev.petrel.broker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void emptyBrokerGivesTheDefaults() throws IOException {
        assertThat(load("<broker/>")).isEqualTo(BrokerConfig.defaults());
    }

    @Test
    void emptyElementsGiveTheirDefaults() throws IOException {
        BrokerConfig config = load("<broker><protocol/><destinations/></broker>");

        assertThat(config).isEqualTo(BrokerConfig.defaults());
    }

    @Test
    void fullFileBindsEveryField() throws IOException {
        BrokerConfig config = load("""
                <?xml version="1.0" encoding="UTF-8"?>
                <broker name="edge-1">
                  <dataDirectory> /var/lib/petrel </dataDirectory>
                  <acceptors>
                    <acceptor name="public" uri="tcp://0.0.0.0:61617"/>
                    <acceptor name="local" uri="tcp://[::1]:0"/>
                  </acceptors>
                  <protocol maxFrameSize="64KiB" heartbeatTimeout="0" handshakeTimeout="1500ms"/>
                  <destinations autoCreateQueues="false" autoCreateTopics="true"/>
                </broker>
                """);

        assertThat(config).isEqualTo(new BrokerConfig("edge-1", Path.of("/var/lib/petrel"),
                List.of(new AcceptorConfig("public", "0.0.0.0", 61617), new AcceptorConfig("local", "::1", 0)),
                new ProtocolConfig(64 * 1024, Duration.ZERO, Duration.ofMillis(1500)),
                new DestinationPolicy(false, true)));
    }

    @Test
    void childrenMayComeInAnyOrder() throws IOException {
        BrokerConfig config = load("""
                <broker>
                  <destinations autoCreateTopics="false"/>
                  <dataDirectory>store</dataDirectory>
                </broker>
                """);

        assertThat(config.dataDirectory()).isEqualTo(Path.of("store"));
        assertThat(config.destinations()).isEqualTo(new DestinationPolicy(true, false));
    }

    @Test
    void emptyAcceptorsMeansNoNetworkListener() throws IOException {
        assertThat(load("<broker><acceptors/></broker>").acceptors()).isEmpty();
    }

    @Test
    void relativeDataDirectoryIsKeptRelativeToTheWorkingDirectory() throws IOException {
        assertThat(load("<broker><dataDirectory>var/data</dataDirectory></broker>").dataDirectory())
                .isEqualTo(Path.of("var/data"));
    }

    @Test
    void shippedConfigurationLoadsAndSpellsOutTheDefaults() {
        // the one deliberate difference: the shipped file opens remote JMX on loopback for ./petrel queue …
        assertThat(BrokerConfigLoader.load(Path.of("../conf/broker.xml")))
                .isEqualTo(BrokerConfig.defaults().withManagement(ManagementConfig.loopback(1099)));
    }

    @Test
    void missingFileNamesTheAbsolutePathAndTheOption() {
        Path missing = dir.resolve("nope.xml");

        assertThatThrownBy(() -> BrokerConfigLoader.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("--config FILE");
    }

    @Test
    void directoryInsteadOfFileIsRefused() {
        assertThatThrownBy(() -> BrokerConfigLoader.load(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(dir.toAbsolutePath() + " is a directory");
    }

    private BrokerConfig load(String xml) throws IOException {
        Path file = dir.resolve("broker.xml");
        Files.writeString(file, xml);
        return BrokerConfigLoader.load(file);
    }
}
