package dev.petrel.selector;

import static dev.petrel.selector.Selectors.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.protocol.DestinationRef;
import dev.petrel.protocol.TypedValues;
import dev.petrel.protocol.WireMessage;
import dev.petrel.protocol.WireMessage.BodyKind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Selector facade: empty selectors, the expression, matching that never throws, and a speed sanity run. */
class SelectorTest {

    // Jakarta Messaging 3.1 §3.8.1.1: an empty selector "is treated as a null" and there is no message selector
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n\r\f  "})
    void nullOrBlankSelectorMatchesEverything(String expression) throws Exception {
        Selector selector = Selector.parse(expression);

        assertThat(selector.matchesEverything()).isTrue();
        assertThat(selector.matches(context())).isTrue();
        assertThat(selector.matches(name -> {
            throw new IllegalStateException("never asked");
        })).isTrue();
        assertThat(selector.expression()).isEqualTo(expression == null ? "" : expression);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: the literal TRUE selects every message, FALSE none
    @Test
    void constantSelectors() throws Exception {
        assertThat(Selector.parse("TRUE").matchesEverything()).isTrue();
        assertThat(Selector.parse(" true ").matches(context())).isTrue();
        assertThat(Selector.parse("FALSE").matchesEverything()).isFalse();
        assertThat(Selector.parse("FALSE").matches(context())).isFalse();
        assertThat(Selector.parse("a = 1").matchesEverything()).isFalse();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: the selector's example, "JMSType = 'car' AND color = 'blue' AND weight > 2500"
    @Test
    void specExampleSelectsBlueCarsOverTheWeight() throws Exception {
        Selector selector = Selector.parse("JMSType = 'car' AND color = 'blue' AND weight > 2500");

        assertThat(selector.expression()).isEqualTo("JMSType = 'car' AND color = 'blue' AND weight > 2500");
        assertThat(selector.matches(context("JMSType", "car", "color", "blue", "weight", 2600))).isTrue();
        assertThat(selector.matches(context("JMSType", "car", "color", "blue", "weight", 2500))).isFalse();
        assertThat(selector.matches(context("JMSType", "car", "color", "red", "weight", 2600))).isFalse();
        assertThat(selector.matches(context("JMSType", "car", "color", "blue"))).isFalse();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: only TRUE matches; a context that throws is no match: docs/selectors.md
    @Test
    void matchingNeverThrows() throws Exception {
        Selector selector = Selector.parse("a = 1 OR b IS NULL");

        assertThat(selector.matches(name -> {
            throw new IllegalStateException("broken message");
        })).isFalse();
        assertThat(selector.matches(name -> new Object())).isFalse();
    }

    // Jakarta Messaging 3.1 §6.11.1 compares a durable subscription's selector as written: equal when written alike
    @Test
    void selectorsWrittenAlikeAreEqual() throws Exception {
        assertThat(Selector.parse("a = 1")).isEqualTo(Selector.parse("a = 1"))
                .hasSameHashCodeAs(Selector.parse("a = 1"));
        assertThat(Selector.parse("a = 1")).isNotEqualTo(Selector.parse("a=1"));
        assertThat(Selector.parse(null)).isEqualTo(Selector.parse(""));
        assertThat(Selector.parse("a = 1")).hasToString("Selector[a = 1]");
    }

    // Jakarta Messaging 3.1 §3.8.1: selection happens per message per consumer; a sanity run, not a benchmark
    @Test
    void evaluatingATypicalSelectorAMillionTimesIsNotAbsurdlySlow() throws Exception {
        Selector selector = Selector.parse("JMSType = 'car' AND color IN ('blue', 'green') AND weight BETWEEN 2000 "
                + "AND 3000 AND name LIKE 'vol%' AND JMSPriority > 3");
        SelectorContext map = context("JMSType", "car", "color", "blue", "weight", 2600, "name", "volvo",
                "JMSPriority", 4);
        WireMessage wire = new WireMessage("ID:1", DestinationRef.queue("q"), true, 4, 1L, 0, 0, null, null, null,
                "car", TypedValues.encodeMap(Map.of("color", "blue", "weight", 2600, "name", "volvo")),
                BodyKind.NONE, null);
        SelectorContext decodedOnce = SelectorContext.of(wire, 1);

        long start = System.nanoTime();
        int matched = 0;
        for (int i = 0; i < 1_000_000; i++) {
            matched += selector.matches(map) ? 1 : 0;
            matched += selector.matches(decodedOnce) ? 1 : 0;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.println("2,000,000 selector evaluations took " + millis + " ms");
        assertThat(matched).isEqualTo(2_000_000);
    }
}
