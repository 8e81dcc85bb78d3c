package dev.petrel.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.config.BrokerConfig;
import dev.petrel.broker.config.PersistenceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The identity XAResource.isSameRM compares: kept with a persistent broker's data, new for each other start. */
class BrokerIdentityTest {

    @TempDir
    Path data;

    @Test
    void aPersistentBrokerKeepsItsIdentityInItsDataDirectory() {
        BrokerConfig config = BrokerConfig.defaults().withDataDirectory(data);

        String first = BrokerIdentity.of(config);

        assertThat(first).startsWith("petrel-");
        assertThat(data.resolve(BrokerIdentity.FILE)).exists();
        assertThat(BrokerIdentity.of(config)).isEqualTo(first);
    }

    @Test
    void aBrokerWithoutPersistenceIsANewOneAtEachStart() {
        BrokerConfig config = BrokerConfig.defaults().withDataDirectory(data)
                .withPersistence(new PersistenceConfig(false));

        assertThat(BrokerIdentity.of(config)).isNotEqualTo(BrokerIdentity.of(config));
        assertThat(data.resolve(BrokerIdentity.FILE)).doesNotExist();
    }

    @Test
    void anEmptyIdentityFileStopsTheStartNamingTheFileAndTheFix() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve(BrokerIdentity.FILE), "\n");

        assertThatThrownBy(() -> BrokerIdentity.of(BrokerConfig.defaults().withDataDirectory(data)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(data.resolve(BrokerIdentity.FILE).toAbsolutePath().toString())
                .hasMessageContaining("delete it");
    }
}
