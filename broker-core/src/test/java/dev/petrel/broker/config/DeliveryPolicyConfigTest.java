package dev.petrel.broker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <policy>} and {@code <memory>} inside {@code <destinations>}: binding, matching, mistakes. */
class DeliveryPolicyConfigTest {

    @TempDir
    Path dir;

    private DestinationPolicy load(String destinations) throws IOException {
        Path file = dir.resolve("broker.xml");
        Files.writeString(file, "<broker>\n" + destinations + "\n</broker>\n");
        return BrokerConfigLoader.load(file).destinations();
    }

    @Test
    void everyAttributeBindsAndAbsentOnesTakeTheDefaults() throws IOException {
        DestinationPolicy d = load("""
                <destinations>
                  <memory limit="1GiB" producerFlowControlTimeout="5s"/>
                  <policy match="orders.>" type="queue" maxDeliveries="3" redeliveryDelay="1s" redeliveryBackoff="3"
                          maxRedeliveryDelay="5s" deadLetterQueue="DEAD" deadLetterNonPersistent="true"
                          expiryQueue="drop" exclusive="true" duplicateWindow="50" memoryLimit="1MiB"/>
                  <policy match=">"/>
                </destinations>""");

        assertThat(d.memory()).isEqualTo(new MemoryConfig(1L << 30, Duration.ofSeconds(5)));
        assertThat(d.policies().get(0)).isEqualTo(new DeliveryPolicy(new DestinationPattern("orders.>"),
                DeliveryPolicy.Scope.QUEUES, 3, Duration.ofSeconds(1), 3.0, Duration.ofSeconds(5), "DEAD", true,
                "drop", true, 50, 1L << 20));
        assertThat(d.policies().get(1)).usingRecursiveComparison().ignoringFields("match")
                .isEqualTo(DeliveryPolicy.defaults());
    }

    @Test
    void defaultsAreDocumentedValues() {
        DeliveryPolicy p = DeliveryPolicy.defaults();
        assertThat(p.maxDeliveries()).isEqualTo(10);
        assertThat(p.deadLetterQueueFor("orders")).isEqualTo("DLQ.orders");
        assertThat(p.expiryQueueFor("orders")).isEqualTo("ExpiryQueue");
        assertThat(p.duplicateWindow()).isEqualTo(2000);
        assertThat(MemoryConfig.forHeap(4L << 30).limit()).as("a large heap").isEqualTo(512L << 20);
        assertThat(MemoryConfig.forHeap(256L << 20).limit()).as("a small heap").isEqualTo(128L << 20);
    }

    @Test
    void policyMatchingWithWildcardsPicksTheMostSpecific() throws IOException {
        DestinationPolicy d = load("""
                <destinations>
                  <policy match=">" maxDeliveries="1"/>
                  <policy match="orders.>" maxDeliveries="2"/>
                  <policy match="orders.*" maxDeliveries="3"/>
                  <policy match="*.events" maxDeliveries="4"/>
                  <policy match="orders.eu" maxDeliveries="5"/>
                  <policy match="orders.eu" type="topic" maxDeliveries="6"/>
                </destinations>""");

        assertThat(d.policyFor("orders.eu", true).maxDeliveries()).isEqualTo(5);
        assertThat(d.policyFor("orders.eu", false).maxDeliveries()).isEqualTo(6);
        assertThat(d.policyFor("orders.us", true).maxDeliveries()).isEqualTo(3);
        assertThat(d.policyFor("orders.us.east", true).maxDeliveries()).isEqualTo(2);
        assertThat(d.policyFor("orders", true).maxDeliveries()).isEqualTo(2);
        assertThat(d.policyFor("billing.events", false).maxDeliveries()).isEqualTo(4);
        assertThat(d.policyFor("events", true).maxDeliveries()).isEqualTo(1);
        assertThat(DestinationPolicy.defaults().policyFor("anything", true)).isEqualTo(DeliveryPolicy.defaults());
    }

    @Test
    void redeliveryDelayGrowsByTheBackoffUpToTheMaximum() {
        DeliveryPolicy p = new DeliveryPolicy(new DestinationPattern(">"), DeliveryPolicy.Scope.BOTH, 0,
                Duration.ofMillis(100), 2.0, Duration.ofMillis(500), "DLQ", false, "drop", false, 0, 1024);
        assertThat(p.redeliveryDelayMillis(1)).isEqualTo(100);
        assertThat(p.redeliveryDelayMillis(2)).isEqualTo(200);
        assertThat(p.redeliveryDelayMillis(3)).isEqualTo(400);
        assertThat(p.redeliveryDelayMillis(4)).isEqualTo(500);
        assertThat(p.exhausted(1_000_000)).isFalse();
    }

    @Test
    void configErrorsNameFileLineAndWhatWasExpected() throws IOException {
        assertThatThrownBy(() -> load("<destinations>\n  <policy match=\"orders.>.eu\"/>\n</destinations>"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(dir.resolve("broker.xml") + ":3:")
                .hasMessageContaining("<policy match=\"orders.>.eu\">").hasMessageContaining("'>' = any number");
        assertThatThrownBy(() -> load("<destinations>\n\n  <policy match=\">\" redeliveryBackoff=\"0.5\"/>"
                + "</destinations>"))
                .hasMessageStartingWith(dir.resolve("broker.xml") + ":4:").hasMessageContaining("redeliveryBackoff");
        assertThatThrownBy(() -> load("<destinations><policy match=\">\" maxDeliveries=\"ten\"/></destinations>"))
                .hasMessageContaining("maxDeliveries=\"ten\"").hasMessageContaining("whole number");
        assertThatThrownBy(() -> load("<destinations><policy match=\">\" type=\"queues\"/></destinations>"))
                .hasMessageContaining("expected queue or topic");
        assertThatThrownBy(() -> load("<destinations><policy match=\">\" deadLetterQueue=\"DLQ.*\"/></destinations>"))
                .hasMessageContaining("no wildcards");
        assertThatThrownBy(() -> load("<destinations><policy maxDeliveries=\"1\"/></destinations>"))
                .hasMessageContaining("match");
        assertThatThrownBy(() -> load("<destinations><memory limit=\"1MB\"/></destinations>"))
                .hasMessageContaining("<memory limit=\"1MB\">").hasMessageContaining("expected a size");
    }
}
