package dev.petrel.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.MalformedFrameException;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import dev.petrel.protocol.WireMessage.BodyKind;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The selector's view of a wire message: Jakarta Messaging 3.1 §3.8.1.1 header references and §3.8.1.3. */
class WireMessageContextTest {

    private static final byte[] CORRUPT = {0, 0, 0, 5, 1};

    // Jakarta Messaging 3.1 §3.8.1.3: JMSDeliveryMode has the values 'PERSISTENT' and 'NON_PERSISTENT'
    @Test
    void deliveryModeIsPersistentOrNonPersistent() throws Exception {
        Selector persistent = Selector.parse("JMSDeliveryMode = 'PERSISTENT'");

        assertThat(persistent.matches(SelectorContext.of(message(true, Map.of()), 1))).isTrue();
        assertThat(persistent.matches(SelectorContext.of(message(false, Map.of()), 1))).isFalse();
        assertThat(SelectorContext.of(message(false, Map.of()), 1).value("JMSDeliveryMode"))
                .isEqualTo("NON_PERSISTENT");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: the six selector-visible headers, with their types
    @Test
    void headersHaveTheirSelectorTypes() {
        SelectorContext c = SelectorContext.of(message(true, Map.of()), 3);

        assertThat(c.value("JMSPriority")).isEqualTo(7);
        assertThat(c.value("JMSMessageID")).isEqualTo("ID:petrel-1");
        assertThat(c.value("JMSTimestamp")).isEqualTo(1_700_000_000_000L);
        assertThat(c.value("JMSCorrelationID")).isEqualTo("corr-1");
        assertThat(c.value("JMSType")).isEqualTo("car");
        assertThat(c.value("JMSXDeliveryCount")).isEqualTo(3);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: JMSMessageID, JMSCorrelationID and JMSType "may be null" and are then NULL
    @Test
    void absentHeadersAreNull() throws Exception {
        WireMessage bare = new WireMessage(null, DestinationRef.queue("q"), false, 4, 0, 0, 0, null, null, null, null,
                new byte[0], BodyKind.NONE, null);
        SelectorContext c = SelectorContext.of(bare, 1);

        assertThat(c.value("JMSMessageID")).isNull();
        assertThat(c.value("JMSCorrelationID")).isNull();
        assertThat(c.value("JMSType")).isNull();
        assertThat(c.value("JMSTimestamp")).isEqualTo(0L);
        assertThat(Selector.parse("JMSMessageID IS NULL AND JMSCorrelationID IS NULL AND JMSType IS NULL").matches(c))
                .isTrue();
    }

    // Jakarta Messaging 3.1 §3.4.5: a bytes JMSCorrelationID is seen as getJMSCorrelationID() returns it (UTF-8)
    @Test
    void bytesCorrelationIdIsItsUtf8String() throws Exception {
        WireMessage m = new WireMessage("ID:1", DestinationRef.queue("q"), true, 4, 0, 0, 0, null,
                "räk-42".getBytes(StandardCharsets.UTF_8), null, null, new byte[0], BodyKind.NONE, null);

        assertThat(Selector.parse("JMSCorrelationID = 'räk-42'").matches(SelectorContext.of(m, 1))).isTrue();
    }

    // Jakarta Messaging 3.1 §3.5.11: JMSXDeliveryCount is set by the provider on delivery; 0 means not delivered
    @Test
    void deliveryCountComesFromTheDelivery() throws Exception {
        Selector redelivered = Selector.parse("JMSXDeliveryCount > 1");
        WireMessage m = message(true, Map.of("JMSXDeliveryCount", 99));

        assertThat(redelivered.matches(SelectorContext.of(m, 1))).isFalse();
        assertThat(redelivered.matches(SelectorContext.of(m, 2))).isTrue();
        assertThat(SelectorContext.of(m, 0).value("JMSXDeliveryCount")).isNull();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: JMSX and JMS_ names, and all others not starting with JMS, are properties
    @Test
    void propertiesAreLookedUpByName() throws Exception {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("color", "blue");
        props.put("weight", 2600);
        props.put("JMSXGroupID", "g1");
        props.put("JMSXGroupSeq", 2);
        props.put("JMS_petrel_hint", true);
        props.put("JMSType", "shadowed");
        SelectorContext c = SelectorContext.of(message(true, props), 1);

        assertThat(Selector.parse("JMSType = 'car' AND color = 'blue' AND weight > 2500").matches(c)).isTrue();
        assertThat(Selector.parse("JMSXGroupID = 'g1' AND JMSXGroupSeq = 2 AND JMS_petrel_hint").matches(c))
                .isTrue();
        assertThat(c.value("Color")).isNull();
        assertThat(c.value("JMSExpiration")).isNull();
    }

    // Jakarta Messaging 3.1 §3.8.1.1 (header references): a header-only selector never decodes the properties
    @Test
    void headerOnlySelectorNeverDecodesProperties() throws Exception {
        SelectorContext c = SelectorContext.of(withProperties(CORRUPT), 1);

        assertThat(Selector.parse("JMSPriority = 7 AND JMSType = 'car' AND JMSXDeliveryCount = 1").matches(c))
                .isTrue();
    }

    // Jakarta Messaging 3.1 §3.8.1.1 (property references): undecodable properties match no selector reading them
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"color IS NULL", "color IS NOT NULL", "NOT (color = 'x')", "JMSXGroupID IS NULL"})
    void undecodablePropertiesMatchNoPropertySelector(String selector) throws Exception {
        SelectorContext c = SelectorContext.of(withProperties(CORRUPT), 1);

        assertThat(Selector.parse(selector).matches(c)).isFalse();
        assertThatThrownBy(() -> c.value("color")).isInstanceOf(MalformedFrameException.class);
    }

    private static WireMessage message(boolean persistent, Map<String, ?> properties) {
        return new WireMessage("ID:petrel-1", DestinationRef.queue("orders"), persistent, 7, 1_700_000_000_000L, 0,
                0, "corr-1", null, null, "car", TypedValues.encodeMap(properties), BodyKind.TEXT, new byte[0]);
    }

    private static WireMessage withProperties(byte[] properties) {
        return new WireMessage("ID:petrel-2", DestinationRef.queue("orders"), true, 7, 1L, 0, 0, null, null, null,
                "car", properties, BodyKind.NONE, null);
    }
}
