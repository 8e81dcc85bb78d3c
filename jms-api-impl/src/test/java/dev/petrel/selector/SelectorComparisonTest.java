package dev.petrel.selector;

import static dev.petrel.selector.Selectors.context;
import static dev.petrel.selector.Selectors.refusal;
import static dev.petrel.selector.Selectors.truth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Comparison operators: Jakarta Messaging 3.1 §3.8.1.1, "Comparison operators". */
class SelectorComparisonTest {

    // Jakarta Messaging 3.1 §3.8.1.1: comparison operators =, >, >=, <, <=, <> on numbers
    @ParameterizedTest(name = "{0} with n=5 is {1}")
    @CsvSource(quoteCharacter = '"', value = {
            "n = 5, TRUE", "n = 4, FALSE", "n <> 4, TRUE", "n <> 5, FALSE",
            "n > 4, TRUE", "n > 5, FALSE", "n >= 5, TRUE", "n >= 6, FALSE",
            "n < 6, TRUE", "n < 5, FALSE", "n <= 5, TRUE", "n <= 4, FALSE",
            "5 = n, TRUE", "6 > n, TRUE", "n = n, TRUE", "n < -n, FALSE"})
    void everyComparisonOperatorComparesNumbers(String selector, String expected) {
        assertThat(truth(selector, context("n", 5))).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: exact and approximate values compare after Java numeric promotion
    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @MethodSource
    void numbersOfAnyTypeCompareAfterJavaNumericPromotion(String selector, Object a, Object b, String expected) {
        assertThat(truth(selector, context("a", a, "b", b))).isEqualTo(expected);
    }

    static Stream<Arguments> numbersOfAnyTypeCompareAfterJavaNumericPromotion() {
        return Stream.of(
                arguments("a = b", 1, 1L, "TRUE"),
                arguments("a = b", (byte) 7, (short) 7, "TRUE"),
                arguments("a = b", 7, 7.0, "TRUE"),
                arguments("a = b", 7L, 7.0f, "TRUE"),
                arguments("a < b", 0, 1.5, "TRUE"),
                arguments("a > b", Long.MAX_VALUE, Long.MAX_VALUE - 1, "TRUE"),
                arguments("a = b", Long.MAX_VALUE, Long.MAX_VALUE - 1, "FALSE"),
                arguments("a = b", 2.0f, 2.0, "TRUE"),
                // Java promotes float to double: 1.1f is not 1.1
                arguments("a = b", 1.1f, 1.1, "FALSE"),
                // Java promotes int to float: 16777217 and 16777216f are equal as floats
                arguments("a = b", 16_777_217, 16_777_216f, "TRUE"),
                arguments("a = b", 16_777_217, 16_777_216.0, "FALSE"),
                arguments("a = b", Double.NaN, Double.NaN, "FALSE"),
                arguments("a <> b", Double.NaN, Double.NaN, "TRUE"),
                arguments("a < b", Double.NaN, 1, "FALSE"),
                arguments("a = b", -0.0, 0.0, "TRUE"),
                arguments("a < b", Double.NEGATIVE_INFINITY, Long.MIN_VALUE, "TRUE"));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: strings are equal "if and only if they contain the same sequence of characters"
    @ParameterizedTest(name = "{0} with s={1} is {2}")
    @CsvSource(quoteCharacter = '"', value = {
            "s = 'foo', foo, TRUE", "s = 'foo', Foo, FALSE", "s <> 'not_foo', foo, TRUE", "s <> 'foo', foo, FALSE",
            "s = 'foo ', foo, FALSE", "'foo' = s, foo, TRUE", "s = s, foo, TRUE"})
    void stringsCompareWithEqualsAndNotEquals(String selector, String value, String expected) {
        assertThat(truth(selector, context("s", value))).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: boolean comparison is restricted to = and <>
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(quoteCharacter = '"', value = {
            "t = TRUE, TRUE", "t = FALSE, FALSE", "f = FALSE, TRUE", "t <> FALSE, TRUE", "t = f, FALSE",
            "t <> f, TRUE", "(t = f) = FALSE, TRUE", "(n > 1) = t, TRUE", "(n > 1) <> (n < 1), TRUE"})
    void booleansCompareWithEqualsAndNotEquals(String selector, String expected) {
        assertThat(truth(selector, context("t", true, "f", false, "n", 5))).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: comparing non-like types "the value of the operation is false" (<> too)
    @ParameterizedTest(name = "{0} with x={1}")
    @MethodSource
    void comparingUnlikeTypesIsFalse(String selector, Object value) {
        assertThat(truth(selector, context("x", value))).isEqualTo("FALSE");
    }

    static Stream<Arguments> comparingUnlikeTypesIsFalse() {
        return Stream.of(
                arguments("x = 2", "2"),
                arguments("x <> 2", "2"),
                // the spec's own example: setStringProperty("NumberOfOrders", "2"), "NumberOfOrders > 1" is false
                arguments("x > 1", "2"),
                arguments("x = 'true'", true),
                arguments("x <> 'true'", true),
                arguments("x = TRUE", 1),
                arguments("x = 1", true),
                arguments("x = 'a'", 'a'),
                arguments("x = 1", new byte[] {1}),
                arguments("x = 1", new java.math.BigDecimal(1)));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: string and boolean values met at run time by < <= > >= do not compare
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a < b", "a >= b", "t > f", "t <= f"})
    void orderingStringsOrBooleansIsFalse(String selector) {
        assertThat(truth(selector, context("a", "a", "b", "b", "t", true, "f", false))).isEqualTo("FALSE");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: "If either of the type values evaluates to NULL, the value ... is unknown"
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x = 1", "x <> 1", "1 < x", "x = 'a'", "x = TRUE", "x = x", "n = x", "x = n",
            "x >= n"})
    void comparingNullIsUnknown(String selector) {
        assertThat(truth(selector, context("n", 1))).isEqualTo("UNKNOWN");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: only like types can be compared, and strings and booleans only with = and <>
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "myProp > 'foo'| 9| 'foo'",
            "myProp >= 'foo'| 10| 'foo'",
            "myProp < 'foo'| 9| 'foo'",
            "myProp <= 'foo'| 10| 'foo'",
            "'foo' > TRUE| 0| 'foo'",
            "'foo' >= TRUE| 0| 'foo'",
            "'foo' < TRUE| 0| 'foo'",
            "'foo' <= TRUE| 0| 'foo'",
            "TRUE = 0| 7| 0",
            "FALSE <> 1.5| 9| 1.5",
            "'1' = 1| 6| 1",
            "x = 1 AND 'a' <> FALSE| 17| FALSE",
            "(x > 1) = 'yes'| 10| 'yes'",
            "TRUE < x| 0| TRUE",
            "x > (y = 1)| 4| ("})
    void comparisonOfTypesThatCanNeverMatchIsRefused(String selector, int position, String token) {
        SelectorSyntaxException e = refusal(selector);

        assertThat(e.position()).isEqualTo(position);
        assertThat(e.token()).isEqualTo(token);
        assertThat(e.getMessage()).contains("§3.8.1.1");
    }
}
