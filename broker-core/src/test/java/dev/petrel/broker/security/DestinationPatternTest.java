package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.config.DestinationPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wildcard patterns of authorization rules: '.' separates segments, '*' is one, '>' the rest. */
class DestinationPatternTest {

    @ParameterizedTest
    @CsvSource({
        "orders, orders, true", "orders, orders.eu, false", "orders, order, false",
        "orders.>, orders, true", "orders.>, orders.eu, true", "orders.>, orders.eu.paris, true",
        "orders.>, ordersx, false", "orders.>, billing.orders, false",
        "*.events, billing.events, true", "*.events, events, false", "*.events, a.b.events, false",
        "*.*, a.b, true", "*.*, a, false", ">, anything.at.all, true", "a.*.c, a.b.c, true", "a.*.c, a.c, false"})
    void matches(String pattern, String name, boolean expected) {
        assertThat(new DestinationPattern(pattern).matches(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "orders.", ".orders", "orders..eu", "orders.>.eu", "ord*", "orders.e>"})
    void badPatternsAreRefusedWithTheExpectedForm(String pattern) {
        assertThatThrownBy(() -> new DestinationPattern(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'*' = one segment");
    }
}
