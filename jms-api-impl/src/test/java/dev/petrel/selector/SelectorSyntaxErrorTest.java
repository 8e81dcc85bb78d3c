package dev.petrel.selector;

import static dev.petrel.selector.Selectors.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Syntax errors, with the position and token they point at. Jakarta Messaging 3.1 §3.8.1.1: "Jakarta Messaging
 * providers are required to verify the syntactic correctness of a message selector at the time it is presented".
 */
class SelectorSyntaxErrorTest {

    // Jakarta Messaging 3.1 §3.8.1.1: a syntactically incorrect selector is refused, naming where and what
    @Test
    void messageNamesTheSelectorThePositionTheTokenAndWhatWasExpected() {
        SelectorSyntaxException e = refusal("price >> 3");

        assertThat(e.getMessage())
                .isEqualTo("invalid selector \"price >> 3\": unexpected '>' at position 7; expected a value");
        assertThat(e.position()).isEqualTo(7);
        assertThat(e.token()).isEqualTo(">");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: a selector that ends too early points at the end of input
    @Test
    void danglingOperatorPointsAtTheEndOfInput() {
        SelectorSyntaxException e = refusal("a = 1 AND");

        assertThat(e.getMessage())
                .isEqualTo("invalid selector \"a = 1 AND\": unexpected end of input at position 9; expected a value");
        assertThat(e.position()).isEqualTo(9);
        assertThat(e.token()).isEqualTo("end of input");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: grammar errors of every kind, each with its position and token
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // unbalanced parentheses
            "(a = 1| 6| end of input| expected ')'",
            "a = 1)| 5| )| expected an operator or end of input",
            "((a = 1) OR b| 13| end of input| expected ')'",
            "()| 1| )| expected a value",
            "a = (1 + 2))| 11| )| expected an operator",
            // dangling or doubled operators
            "a =| 3| end of input| expected a value",
            "a = = 1| 4| =| expected a value",
            "a == 1| 3| =| expected a value",
            "AND a = 1| 0| AND| reserved word",
            "a = 1 OR OR b| 9| OR| reserved word",
            "NOT| 3| end of input| expected a value",
            "a +| 3| end of input| expected a value",
            "a * / 2 = 1| 4| /| expected a value",
            "a < b < c| 6| <| expected an operator or end of input",
            "a = 1 b = 2| 6| b| expected an operator or end of input",
            "a NOT 5| 6| 5| expected BETWEEN, LIKE or IN after NOT",
            "a NOT| 5| end of input| expected BETWEEN, LIKE or IN after NOT",
            "a IS| 4| end of input| expected NULL or NOT NULL after IS",
            "a IS NOT| 8| end of input| expected NULL after IS NOT",
            "a IN ('x'| 9| end of input| expected ',' or ')' in the list of IN",
            // bad characters and literals
            "a != 1| 2| !| write <> for not equal",
            "a = 1 && b| 6| &| write AND, OR",
            "a = 1; b = 2| 5| ;| unexpected character ';' at position 5",
            "a = #1| 4| #| unexpected character",
            "a = 1.2.3| 4| 1.2.3| bad numeric literal '1.2.3' at position 4",
            "a = 0x| 4| 0x| bad numeric literal",
            // unterminated strings
            "a = 'abc| 4| 'abc| unterminated string literal at position 4",
            "a = 'it''s| 4| 'it''s| unterminated string literal",
            "a = '| 4| '| unterminated string literal",
            // bad LIKE escapes
            "a LIKE 'x' ESCAPE 'ab'| 18| 'ab'| must be a single-character string literal",
            "a LIKE 'a\\b' ESCAPE '\\'| 7| 'a\\b'| it may only precede '_', '%' or itself",
            "a LIKE 'ab\\' ESCAPE '\\'| 7| 'ab\\'| the pattern ends with the escape character",
            // NULL is no value
            "a = NULL| 4| NULL| test for it with IS NULL or IS NOT NULL",
            "NULL IS NULL| 0| NULL| is not a value",
            // type errors visible before any message
            "5| 0| 5| a selector must be a condition, but '5' at position 0 is a number",
            "'abc'| 0| 'abc'| a selector must be a condition",
            "a + 1| 0| a| a selector must be a condition",
            "NOT 5| 4| 5| the operand of NOT must be a condition",
            "a = 1 AND 3| 10| 3| an operand of AND must be a condition",
            "'x' OR a| 0| 'x'| an operand of OR must be a condition",
            "-TRUE = 1| 1| TRUE| needs a number"})
    void syntaxErrorPointsAtTheOffendingToken(String selector, int position, String token, String detail) {
        SelectorSyntaxException e = refusal(selector);

        assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
        assertThat(e.token()).as(e.getMessage()).isEqualTo(token);
        assertThat(e.getMessage()).startsWith("invalid selector \"" + selector + "\": ").contains(detail);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: string literals are enclosed in single quotes, not double quotes
    @Test
    void doubleQuotedStringIsRefusedWithAHint() {
        SelectorSyntaxException e = refusal("a = \"x\"");

        assertThat(e.position()).isEqualTo(4);
        assertThat(e.token()).isEqualTo("\"");
        assertThat(e.getMessage()).endsWith("string literals are enclosed in single quotes");
    }

    // Jakarta Messaging 3.1 §3.8.1.1 (bracketing); nesting beyond 256 levels is refused: docs/selectors.md, "Limits"
    @Test
    void nestingBeyondTheLimitIsRefused() {
        String deep = "(".repeat(Parser.MAX_NESTING + 1) + "a = 1" + ")".repeat(Parser.MAX_NESTING + 1);
        String nots = "NOT ".repeat(Parser.MAX_NESTING + 1) + "a";
        String signs = "a = " + "-".repeat(Parser.MAX_NESTING + 1) + "b";

        assertThat(refusal(deep).position()).isEqualTo(Parser.MAX_NESTING);
        assertThat(refusal(nots).getMessage()).contains("deeper than " + Parser.MAX_NESTING + " levels");
        assertThat(refusal(signs).token()).isEqualTo("-");
    }

    // Jakarta Messaging 3.1 §3.8.1.1 (left to right within a level); long chains stay flat: docs/selectors.md
    @Test
    void deepButAllowedNestingAndLongChainsWork() {
        String deep = "(".repeat(Parser.MAX_NESTING) + "a = 1" + ")".repeat(Parser.MAX_NESTING);
        String ors = "a = 0" + " OR a = 0".repeat(50_000) + " OR a = 1";
        String sum = "a" + " + a".repeat(50_000) + " = 50001";

        assertThatCode(() -> {
            assertThat(Selector.parse(deep).matches(Selectors.context("a", 1))).isTrue();
            assertThat(Selector.parse(ors).matches(Selectors.context("a", 1))).isTrue();
            assertThat(Selector.parse(sum).matches(Selectors.context("a", 1))).isTrue();
        }).doesNotThrowAnyException();
    }
}
