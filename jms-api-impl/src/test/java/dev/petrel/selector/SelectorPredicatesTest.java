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

/** BETWEEN, IN and LIKE: Jakarta Messaging 3.1 §3.8.1.1. */
class SelectorPredicatesTest {

    // Jakarta Messaging 3.1 §3.8.1.1: "age BETWEEN 15 AND 19" is "age >= 15 AND age <= 19"
    @ParameterizedTest(name = "{0} with age={1} is {2}")
    @MethodSource
    void betweenIsInclusiveRange(String selector, Object age, String expected) {
        assertThat(truth(selector, context("age", age, "lo", 15, "hi", 19))).isEqualTo(expected);
    }

    static Stream<Arguments> betweenIsInclusiveRange() {
        return Stream.of(
                arguments("age BETWEEN 15 AND 19", 15, "TRUE"),
                arguments("age BETWEEN 15 AND 19", 19, "TRUE"),
                arguments("age BETWEEN 15 AND 19", 17L, "TRUE"),
                arguments("age BETWEEN 15 AND 19", 14, "FALSE"),
                arguments("age BETWEEN 15 AND 19", 20, "FALSE"),
                arguments("age BETWEEN 15 AND 19", 19.5, "FALSE"),
                arguments("age BETWEEN 14.5 AND 15.5", 15, "TRUE"),
                arguments("age BETWEEN -1 AND 1", -1, "TRUE"),
                arguments("age BETWEEN 19 AND 15", 17, "FALSE"),
                arguments("age BETWEEN lo AND hi", 16, "TRUE"),
                arguments("age BETWEEN lo + 1 AND hi * 2", 38, "TRUE"),
                arguments("age between 15 and 19", 16, "TRUE"),
                arguments("age BETWEEN 15 AND 19 AND age <> 16", 16, "FALSE"),
                arguments("age BETWEEN 15 AND 19", null, "UNKNOWN"),
                arguments("age BETWEEN missing AND 19", 20, "FALSE"),
                arguments("age BETWEEN missing AND 19", 18, "UNKNOWN"),
                arguments("age BETWEEN 15 AND 19", "17", "FALSE"),
                arguments("age BETWEEN 15 AND 19", "seven", "FALSE"));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: "age NOT BETWEEN 15 AND 19" is "age < 15 OR age > 19"
    @ParameterizedTest(name = "{0} with age={1} is {2}")
    @MethodSource
    void notBetweenIsOutsideTheRange(String selector, Object age, String expected) {
        assertThat(truth(selector, context("age", age))).isEqualTo(expected);
    }

    static Stream<Arguments> notBetweenIsOutsideTheRange() {
        return Stream.of(
                arguments("age NOT BETWEEN 15 AND 19", 14, "TRUE"),
                arguments("age NOT BETWEEN 15 AND 19", 20, "TRUE"),
                arguments("age NOT BETWEEN 15 AND 19", 15, "FALSE"),
                arguments("age NOT BETWEEN 15 AND 19", 19, "FALSE"),
                arguments("age NOT BETWEEN 15 AND 19", null, "UNKNOWN"),
                arguments("age NOT BETWEEN missing AND 19", 20, "TRUE"),
                arguments("age NOT BETWEEN missing AND 19", 18, "UNKNOWN"),
                // a string is not like a number: both comparisons false, so NOT BETWEEN is false too
                arguments("age NOT BETWEEN 15 AND 19", "7", "FALSE"),
                arguments("NOT (age BETWEEN 15 AND 19)", "7", "TRUE"));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: "Country IN ('UK', 'US', 'France')" is (Country = 'UK') OR ...
    @ParameterizedTest(name = "{0} with Country={1} is {2}")
    @MethodSource
    void inMatchesAnyListedString(String selector, Object country, String expected) {
        assertThat(truth(selector, context("Country", country))).isEqualTo(expected);
    }

    static Stream<Arguments> inMatchesAnyListedString() {
        return Stream.of(
                arguments("Country IN ('UK', 'US', 'France')", "UK", "TRUE"),
                arguments("Country IN ('UK', 'US', 'France')", "France", "TRUE"),
                arguments("Country IN ('UK', 'US', 'France')", "Peru", "FALSE"),
                arguments("Country IN ('UK', 'US', 'France')", "uk", "FALSE"),
                arguments("Country IN ('UK')", "UK", "TRUE"),
                arguments("Country IN ('UK', 'UK')", "UK", "TRUE"),
                arguments("Country IN ('O''Hara', 'x')", "O'Hara", "TRUE"),
                arguments("Country IN ('')", "", "TRUE"),
                arguments("Country in('UK','US')", "US", "TRUE"),
                arguments("Country IN ('UK', 'US', 'France')", null, "UNKNOWN"),
                arguments("Country IN ('1', '2')", 1, "FALSE"),
                arguments("Country NOT IN ('UK', 'US', 'France')", "UK", "FALSE"),
                arguments("Country NOT IN ('UK', 'US', 'France')", "Peru", "TRUE"),
                arguments("Country NOT IN ('UK', 'US', 'France')", null, "UNKNOWN"),
                // the TCK: an int property is in no list of strings, and NOT IN does not select it either
                arguments("Country NOT IN ('foo', 'jms', 'test')", 0, "FALSE"),
                arguments("NOT (Country IN ('foo', 'jms', 'test'))", 0, "TRUE"));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: '_' is any single character, '%' any sequence, others stand for themselves
    @ParameterizedTest(name = "{0} with v={1} is {2}")
    @MethodSource
    void likeMatchesPatterns(String selector, Object value, String expected) {
        assertThat(truth(selector, context("v", value))).isEqualTo(expected);
    }

    static Stream<Arguments> likeMatchesPatterns() {
        return Stream.of(
                arguments("v LIKE '12%3'", "123", "TRUE"),
                arguments("v LIKE '12%3'", "12993", "TRUE"),
                arguments("v LIKE '12%3'", "1234", "FALSE"),
                arguments("v LIKE 'l_se'", "lose", "TRUE"),
                arguments("v LIKE 'l_se'", "loose", "FALSE"),
                arguments("v LIKE '\\_%' ESCAPE '\\'", "_foo", "TRUE"),
                arguments("v LIKE '\\_%' ESCAPE '\\'", "bar", "FALSE"),
                arguments("v NOT LIKE '12%3'", "123", "FALSE"),
                arguments("v NOT LIKE '12%3'", "12993", "FALSE"),
                arguments("v NOT LIKE '12%3'", "1234", "TRUE"),
                arguments("v LIKE 'jms'", "jms", "TRUE"),
                arguments("v LIKE 'jms'", "JMS", "FALSE"),
                arguments("v LIKE 'abc%'", "abcdef", "TRUE"),
                arguments("v LIKE 'abc%'", "xabc", "FALSE"),
                arguments("v LIKE '%def'", "abcdef", "TRUE"),
                arguments("v LIKE '%def'", "defx", "FALSE"),
                arguments("v LIKE '%cd%'", "abcdef", "TRUE"),
                arguments("v LIKE '%cd%'", "abdcef", "FALSE"),
                arguments("v LIKE '%'", "", "TRUE"),
                arguments("v LIKE '%%'", "anything", "TRUE"),
                arguments("v LIKE ''", "", "TRUE"),
                arguments("v LIKE ''", "x", "FALSE"),
                arguments("v LIKE '_'", "", "FALSE"),
                arguments("v LIKE '___'", "abc", "TRUE"),
                arguments("v LIKE 'AB%CD'", "ABCD", "TRUE"),
                arguments("v LIKE 'a%b%c'", "aXXbYYc", "TRUE"),
                arguments("v LIKE 'a%b%c'", "aXXcYYb", "FALSE"),
                arguments("v LIKE '%a_'", "line\nab", "TRUE"),
                arguments("v LIKE 'a%'", "a\nb", "TRUE"),
                arguments("v LIKE '_'", "\n", "TRUE"),
                arguments("v LIKE '.*'", "abc", "FALSE"),
                arguments("v LIKE '.*'", ".*", "TRUE"),
                arguments("v LIKE '[a]%'", "[a]x", "TRUE"),
                arguments("v LIKE '\\Q%\\E'", "\\Qx\\E", "TRUE"),
                arguments("v LIKE '$^(a)+?'", "$^(a)+?", "TRUE"),
                arguments("v LIKE 'it''s%'", "it's here", "TRUE"),
                arguments("v LIKE '1_3'", null, "UNKNOWN"),
                arguments("v NOT LIKE '1_3'", null, "UNKNOWN"),
                arguments("v LIKE '1_3'", 123, "FALSE"),
                arguments("v NOT LIKE '1_3'", 123, "FALSE"));
    }

    // Jakarta Messaging 3.1 §3.8.1.1: the escape character takes the special meaning from '_' and '%'
    @ParameterizedTest(name = "{0} with v={1} is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "v LIKE 'A_fo_A%f%' ESCAPE 'A'| _foo%foo| TRUE",
            "v LIKE 'A%fooA_' ESCAPE 'A'| _foo%| FALSE",
            "v LIKE 'A%fooA_' ESCAPE 'A'| %foo_| TRUE",
            "v NOT LIKE 'A_A_' ESCAPE 'A'| _A| TRUE",
            "v NOT LIKE 'A_fooA%' ESCAPE 'A'| _foo%| FALSE",
            "v LIKE '\\__\\%%' ESCAPE '\\'| _a%b| TRUE",
            "v LIKE 'fooG_%' escape 'G'| foo_test| TRUE",
            "v LIKE 'fooG_%' escape 'G'| fooXtest| FALSE",
            "v LIKE '!!%' ESCAPE '!'| !abc| TRUE",
            "v LIKE '!!%' ESCAPE '!'| abc| FALSE",
            "v LIKE '100!%' ESCAPE '!'| 100%| TRUE",
            "v LIKE '100!%' ESCAPE '!'| 1000| FALSE",
            "v LIKE '%!_%' ESCAPE '!'| a_b| TRUE",
            "v LIKE '%!_%' ESCAPE '!'| ab| FALSE",
            "v LIKE 'a%%' ESCAPE '%'| a%| TRUE",
            "v LIKE 'x' ESCAPE ''''| x| TRUE"})
    void likeWithEscape(String selector, String value, String expected) {
        assertThat(truth(selector, context("v", value))).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: IN takes string literals, LIKE a string pattern and a one-character escape
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "myProp NOT IN (1,2,3)| 15| 1",
            "myProp IN ()| 11| )",
            "myProp IN 'a'| 10| 'a'",
            "myProp IN ('a' 'b')| 15| 'b'",
            "myProp IN ('a',)| 15| )",
            "myProp IN ('a', b)| 16| b",
            "myProp IN ('a'| 14| end of input",
            "myProp LIKE 7| 12| 7",
            "myProp LIKE x| 12| x",
            "myProp LIKE 'a' ESCAPE 'ab'| 23| 'ab'",
            "myProp LIKE 'a' ESCAPE ''| 23| ''",
            "myProp LIKE 'a' ESCAPE 1| 23| 1",
            "myProp LIKE 'a!b' ESCAPE '!'| 12| 'a!b'",
            "myProp LIKE 'ab!' ESCAPE '!'| 12| 'ab!'",
            "myProp LIKE 'a%' ESCAPE '%'| 12| 'a%'",
            "'a' LIKE 'a'| 0| 'a'",
            "x + 1 IN ('a')| 0| x",
            "5 IS NULL| 0| 5",
            "myProp BETWEEN 'foo' and 'test'| 15| 'foo'",
            "myProp BETWEEN 1 OR 2| 17| OR",
            "myProp BETWEEN 1| 16| end of input",
            "'a' BETWEEN 1 AND 2| 0| 'a'",
            "myProp NOT NULL| 11| NULL",
            "myProp IS 5| 10| 5",
            "myProp IS NOT 5| 14| 5"})
    void malformedPredicateIsRefused(String selector, int position, String token) {
        SelectorSyntaxException e = refusal(selector);

        assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
        assertThat(e.token()).as(e.getMessage()).isEqualTo(token);
    }
}
