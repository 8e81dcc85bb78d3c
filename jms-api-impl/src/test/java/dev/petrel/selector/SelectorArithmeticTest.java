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

/** Arithmetic operators and precedence: Jakarta Messaging 3.1 §3.8.1.1, "Arithmetic operators". */
class SelectorArithmeticTest {

    // Jakarta Messaging 3.1 §3.8.1.1: arithmetic operators + - * / and unary + -
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "-myProp0 < 0 AND +myProp1 < 0| TRUE",
            "myProp0*2 = 10 AND myProp1/2 = -5| TRUE",
            "myProp0+5 = 10 AND myProp1-5 = -15| TRUE",
            "- myProp0 + myProp1 = -15| TRUE",
            "-(-myProp0) = 5| TRUE",
            "- -5 = 5| TRUE",
            "+-+5 = -5| TRUE",
            "myProp0 - -5 = 10| TRUE",
            "myProp0--5 = 10| TRUE",
            "-myProp0 * -2 = 10| TRUE"})
    void arithmeticOperatorsComputeAsInJava(String selector, String expected) {
        assertThat(truth(selector, context("myProp0", 5, "myProp1", -10))).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: precedence unary +-, then * /, then + -; left to right within a level
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "a + b * c = 7", "(a + b) * c = 9", "a * b + c = 5", "c - b - a = 0", "c - (b - a) = 2",
            "12 / c / b = 2", "12 / (c / b) = 12", "a - b * c + c = -2", "-a * b = -2", "2 * -a = -2",
            "c * b / b = 3", "a + b > c - a", "a + b * c - c / a = 4"})
    void arithmeticPrecedenceAndLeftToRightOrder(String selector) {
        assertThat(truth(selector, context("a", 1, "b", 2, "c", 3))).isEqualTo("TRUE");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: the TCK's precedence check, in float arithmetic
    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"myProp0+myProp1*myProp2-myProp3/myProp4 = 6"})
    void floatArithmeticFollowsPrecedence(String selector) {
        SelectorContext message = context("myProp0", 1f, "myProp1", 2f, "myProp2", 3f, "myProp3", 4f, "myProp4", 4f);

        assertThat(truth(selector, message)).isEqualTo("TRUE");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: "Arithmetic operations must use Java numeric promotion" (and Java overflow)
    @ParameterizedTest(name = "{0} with a={1}, b={2}")
    @MethodSource
    void arithmeticUsesJavaNumericPromotion(String selector, Object a, Object b) {
        assertThat(truth(selector, context("a", a, "b", b))).isEqualTo("TRUE");
    }

    static Stream<Arguments> arithmeticUsesJavaNumericPromotion() {
        return Stream.of(
                arguments("a / b = 3", 7, 2),
                arguments("a / b = -3", -7, 2),
                arguments("a / b = 3.5", 7, 2.0),
                arguments("a / b = 3.5", 7.0f, 2),
                arguments("a / b = 3", 7L, 2),
                arguments("a + b = -2147483648", Integer.MAX_VALUE, 1),
                arguments("a + b = 2147483648", (long) Integer.MAX_VALUE, 1),
                arguments("a + b = 2147483648", Integer.MAX_VALUE, 1L),
                arguments("a * b = -2", Long.MAX_VALUE, 2L),
                arguments("a / b = a", Long.MIN_VALUE, -1L),
                arguments("a / b = a", Integer.MIN_VALUE, -1),
                arguments("a + b = 300", (byte) 100, (short) 200),
                arguments("-a = 128", (byte) -128, 0),
                arguments("-a = a", Integer.MIN_VALUE, 0),
                arguments("a * b > 1.7976931348623157E308", Double.MAX_VALUE, 2),
                arguments("a / b > 1e308", 1.0, 0),
                arguments("a / b < -1e308", -1.0f, 0),
                arguments("a * b = 3.0", 1.5f, 2L),
                arguments("a + b = 0.30000000000000004", 0.1, 0.2));
    }

    // Jakarta Messaging 3.1 §3.8.1.2: "Comparison or arithmetic with an unknown value always yields an unknown value"
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x + 2 < 10", "2 * x = 0", "-x = 0", "+x = 0", "n / x = 1", "x - x = 0",
            "n + x + n = 1"})
    void arithmeticWithNullIsUnknown(String selector) {
        assertThat(truth(selector, context("n", 1))).isEqualTo("UNKNOWN");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: "a string cannot be used in an arithmetic expression"; neither can a boolean
    @ParameterizedTest(name = "{0} with s={1}")
    @MethodSource
    void arithmeticOnANonNumberIsUnknown(String selector, Object value) {
        assertThat(truth(selector, context("s", value))).isEqualTo("UNKNOWN");
    }

    static Stream<Arguments> arithmeticOnANonNumberIsUnknown() {
        return Stream.of(
                arguments("s + 0 > 1", "2"),
                arguments("-s < 0", "2"),
                arguments("+s = 2", "2"),
                arguments("s * 1 = 1", true),
                arguments("1 - s = 0", 'c'));
    }

    // Jakarta Messaging 3.1 §3.8.1.1 (Java arithmetic); integer division by zero is UNKNOWN: docs/selectors.md
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "n / 0 = 0| UNKNOWN",
            "NOT (n / 0 = 0)| UNKNOWN",
            "n / z > 0| UNKNOWN",
            "n / z = 1 OR TRUE| TRUE",
            "n / 0.0 > 1e308| TRUE",
            "0.0 / 0 = 0.0 / 0| FALSE",
            "n / zl = 1| UNKNOWN"})
    void divisionByZero(String selector, String expected) {
        assertThat(truth(selector, context("n", 1, "z", 0, "zl", 0L))).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: arithmetic expressions are composed of numeric identifiers and numeric literals
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'a' + 1 = 2| 0| 'a'",
            "1 + 'a' = 2| 4| 'a'",
            "x * TRUE = 1| 4| TRUE",
            "-'a' = 1| 1| 'a'",
            "+FALSE = 1| 1| FALSE",
            "x + (y > 1) = 1| 4| (",
            "x / 'b' > 1| 4| 'b'"})
    void arithmeticOnNonNumericLiteralsIsRefused(String selector, int position, String token) {
        SelectorSyntaxException e = refusal(selector);

        assertThat(e.position()).isEqualTo(position);
        assertThat(e.token()).isEqualTo(token);
        assertThat(e.getMessage()).contains("needs a number");
    }
}
