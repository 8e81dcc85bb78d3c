package dev.petrel.selector;

import static dev.petrel.selector.Selectors.context;
import static dev.petrel.selector.Selectors.matches;
import static dev.petrel.selector.Selectors.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Literals: Jakarta Messaging 3.1 §3.8.1.1, "Literals". */
class SelectorLiteralsTest {

    // Jakarta Messaging 3.1 §3.8.1.1: a string literal is enclosed in single quotes, an included quote doubled
    @ParameterizedTest(name = "{0} with s={1}")
    @MethodSource
    void stringLiteralIsQuotedWithDoubledQuotes(String selector, String value, boolean expected) {
        assertThat(matches(selector, context("s", value))).isEqualTo(expected);
    }

    static Stream<Arguments> stringLiteralIsQuotedWithDoubledQuotes() {
        return Stream.of(
                arguments("s = 'literal'", "literal", true),
                arguments("s = 'literal''s'", "literal's", true),
                arguments("s = ''''", "'", true),
                arguments("s = ''", "", true),
                arguments("s = 'a b  c'", "a b  c", true),
                arguments("s = 'Literal'", "literal", false),
                arguments("s = 'röd ✓ 日本'", "röd ✓ 日本", true),
                arguments("s = 'line\nbreak'", "line\nbreak", true),
                arguments("s = 'AND OR NOT'", "AND OR NOT", true));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: exact numeric literals use the Java integer literal syntax, long range
    @ParameterizedTest(name = "{0} with n={1}")
    @MethodSource
    void exactNumericLiteralUsesJavaIntegerSyntax(String selector, Object value) {
        assertThat(matches(selector, context("n", value))).isTrue();
    }

    static Stream<Arguments> exactNumericLiteralUsesJavaIntegerSyntax() {
        return Stream.of(
                arguments("n = 57", 57),
                arguments("n = -957", -957L),
                arguments("n = +62", 62L),
                arguments("n = 0", 0),
                arguments("n = 035", 29L),
                arguments("n = 0x1d", 29L),
                arguments("n = 0X1D", 29),
                arguments("n = 0b11101", 29),
                arguments("n = 1_000_000", 1_000_000),
                arguments("n = 100L", 100),
                arguments("n = 2147483647", Integer.MAX_VALUE),
                arguments("n = 2147483648", 2147483648L),
                arguments("n = -2147483648", Integer.MIN_VALUE),
                arguments("n = " + Long.MAX_VALUE, Long.MAX_VALUE),
                arguments("n = " + Long.MIN_VALUE, Long.MIN_VALUE),
                arguments("n = " + Long.MIN_VALUE + "L", Long.MIN_VALUE),
                arguments("n = " + Long.MAX_VALUE + "L", Long.MAX_VALUE),
                arguments("n = 0x7fffffffffffffffL", Long.MAX_VALUE),
                arguments("n = 0xffffffffffffffffL", -1L));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: approximate literals use the Java floating-point literal syntax
    @ParameterizedTest(name = "{0} with x={1}")
    @MethodSource
    void approximateNumericLiteralUsesJavaFloatingPointSyntax(String selector, Object value) {
        assertThat(matches(selector, context("x", value))).isTrue();
    }

    static Stream<Arguments> approximateNumericLiteralUsesJavaFloatingPointSyntax() {
        return Stream.of(
                arguments("x = 7E3", 7000.0),
                arguments("x = -57.9E2", -5790.0),
                arguments("x = 7.", 7.0),
                arguments("x = -95.7", -95.7),
                arguments("x = +6.2", 6.2),
                arguments("x = .7e4", 7000.0),
                arguments("x = 1e-3", 0.001),
                arguments("x = 2.5E+2", 250.0),
                arguments("x = 0.0", 0),
                arguments("x = 0.", 0L),
                arguments("x = 1.1f", 1.1f),
                arguments("x = 3d", 3.0),
                arguments("x = 1_000.5", 1000.5),
                arguments("x = 1.7976931348623157E308", Double.MAX_VALUE));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: the boolean literals TRUE and FALSE, case-insensitive
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"b = TRUE", "b = true", "b = True", "b <> FALSE", "b <> false", "TRUE", "tRuE AND b",
            "NOT FALSE"})
    void booleanLiteralsAreCaseInsensitive(String selector) {
        assertThat(matches(selector, context("b", true))).isTrue();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: a numeric literal is typed as in Java; long range without the L suffix
    @ParameterizedTest(name = "{0} (negated: {1}) is {2}")
    @MethodSource
    void numericLiteralHasItsJavaType(String text, boolean negative, Number expected) {
        assertThat(NumericLiteral.parse(text, negative)).isEqualTo(expected);
    }

    static Stream<Arguments> numericLiteralHasItsJavaType() {
        return Stream.of(
                arguments("42", false, 42),
                arguments("42", true, -42),
                arguments("42L", false, 42L),
                arguments("2147483648", true, Integer.MIN_VALUE),
                arguments("2147483648", false, 2147483648L),
                arguments("9223372036854775808", true, Long.MIN_VALUE),
                arguments("0xFFFFFFFF", false, -1),
                arguments("0x100000000", false, 4294967296L),
                arguments("017", false, 15),
                arguments("00", false, 0),
                arguments("1.5", false, 1.5),
                arguments("1.5f", true, -1.5f),
                arguments("1e2", false, 100.0),
                arguments("1F", false, 1.0f),
                arguments("0.0", true, -0.0));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: only Java literals are literals; out-of-range values are refused
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12abc", "09", "1__", "1_", "0x", "0x_1", "1.5L", "1.2.3", "1e", "1e+",
            "9223372036854775808", "-9223372036854775809", "0x1ffffffffffffffffL", "1e400", "1e-400", "3.5e39f",
            "0b2", "1$", "4294967296000000000000"})
    void badNumericLiteralIsRefused(String literal) {
        String selector = "n = " + literal;
        String token = literal.startsWith("-") ? literal.substring(1) : literal;

        SelectorSyntaxException e = refusal(selector);

        assertThat(e.token()).isEqualTo(token);
        assertThat(e.position()).isEqualTo(selector.indexOf(token));
        assertThat(e.getMessage()).contains("bad numeric literal '" + token + "' at position " + e.position());
    }
}
