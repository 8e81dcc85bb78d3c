package dev.petrel.selector;

import static dev.petrel.selector.Selectors.context;
import static dev.petrel.selector.Selectors.matches;
import static dev.petrel.selector.Selectors.truth;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Logical operators and SQL NULL semantics: Jakarta Messaging 3.1 §3.8.1.1 ("Logical operators") and §3.8.1.2
 * ("Null values"). The identifiers T, F and U hold true, false and nothing (NULL, so UNKNOWN).
 */
class SelectorNullLogicTest {

    private static final SelectorContext TFU = context("T", true, "F", false);

    // Jakarta Messaging 3.1 §3.8.1.2, Table 3-4: the definition of the AND operator
    @ParameterizedTest(name = "{0} AND {1} = {2}")
    @CsvSource({
            "T, T, TRUE", "T, F, FALSE", "T, U, UNKNOWN",
            "F, T, FALSE", "F, F, FALSE", "F, U, FALSE",
            "U, T, UNKNOWN", "U, F, FALSE", "U, U, UNKNOWN"})
    void andTruthTable(String left, String right, String expected) {
        assertThat(truth(left + " AND " + right, TFU)).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.2, Table 3-5: the definition of the OR operator
    @ParameterizedTest(name = "{0} OR {1} = {2}")
    @CsvSource({
            "T, T, TRUE", "T, F, TRUE", "T, U, TRUE",
            "F, T, TRUE", "F, F, FALSE", "F, U, UNKNOWN",
            "U, T, TRUE", "U, F, UNKNOWN", "U, U, UNKNOWN"})
    void orTruthTable(String left, String right, String expected) {
        assertThat(truth(left + " OR " + right, TFU)).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.2, Table 3-6: the definition of the NOT operator
    @ParameterizedTest(name = "NOT {0} = {1}")
    @CsvSource({"T, FALSE", "F, TRUE", "U, UNKNOWN", "(T), FALSE", "(U = 1), UNKNOWN", "NOT T, TRUE",
            "NOT NOT U, UNKNOWN"})
    void notTruthTable(String operand, String expected) {
        assertThat(truth("NOT " + operand, TFU)).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.2: chains of AND and OR evaluate like the tables applied left to right
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "T AND T AND T, TRUE", "T AND U AND T, UNKNOWN", "U AND T AND F, FALSE", "U AND U AND U, UNKNOWN",
            "F OR F OR F, FALSE", "F OR U OR F, UNKNOWN", "U OR F OR T, TRUE", "U OR U OR U, UNKNOWN"})
    void chainsOfAndAndOr(String selector, String expected) {
        assertThat(truth(selector, TFU)).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: logical operators in precedence order NOT, AND, OR
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "NOT T AND F, FALSE", "NOT (T AND F), TRUE", "T AND NOT F, TRUE", "T OR T AND F, TRUE",
            "(T OR T) AND F, FALSE", "F AND T OR T, TRUE", "F AND (T OR T), FALSE", "NOT F OR F, TRUE",
            "NOT T OR T AND NOT F, TRUE", "T OR F AND U, TRUE", "(T OR F) AND U, UNKNOWN"})
    void logicalOperatorPrecedence(String selector, String expected) {
        assertThat(truth(selector, TFU)).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: comparisons bind tighter than NOT, AND and OR
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"NOT n = 1, FALSE", "NOT n = 2, TRUE", "n = 1 AND n < 2 OR n > 5, TRUE",
            "n = 2 OR n + 1 = 2 AND T, TRUE", "NOT n BETWEEN 0 AND 2 OR T, TRUE"})
    void comparisonsBindTighterThanLogicalOperators(String selector, String expected) {
        assertThat(truth(selector, context("n", 1, "T", true))).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: "a selector that evaluates to false or unknown does not match"
    @Test
    void onlyTrueMatches() {
        assertThat(matches("T", TFU)).isTrue();
        assertThat(matches("F", TFU)).isFalse();
        assertThat(matches("U", TFU)).isFalse();
        assertThat(matches("NOT U", TFU)).isFalse();
    }

    // Jakarta Messaging 3.1 §3.8.1.2: IS [NOT] NULL "convert an unknown ... value into the respective TRUE and FALSE"
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "U IS NULL, TRUE", "U IS NOT NULL, FALSE", "T IS NULL, FALSE", "T IS NOT NULL, TRUE",
            "F IS NOT NULL, TRUE", "zero IS NOT NULL, TRUE", "empty IS NOT NULL, TRUE", "NOT U IS NULL, FALSE",
            "U IS NULL AND U IS NULL, TRUE", "U IS NOT NULL OR T IS NOT NULL, TRUE"})
    void isNullNeverYieldsUnknown(String selector, String expected) {
        assertThat(truth(selector, context("T", true, "F", false, "zero", 0, "empty", ""))).isEqualTo(expected);
    }

    // Jakarta Messaging 3.1 §3.8.1.1: a condition built from an identifier whose value is not boolean is unknown
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s", "n", "NOT s", "NOT n", "s AND TRUE", "n OR FALSE"})
    void nonBooleanIdentifierAsConditionIsUnknown(String selector) {
        assertThat(truth(selector, context("s", "true", "n", 1))).isEqualTo("UNKNOWN");
    }

    // Jakarta Messaging 3.1 §3.8.1.2, Tables 3-4 and 3-5 combined, as the TCK's nullTest05 to nullTest07 check them
    @Test
    void tckNullCombinations() {
        SelectorContext m = context("myTrueProp", true, "myFalseProp", false);

        assertThat(matches("(myTrueProp AND myFalseProp) OR (myTrueProp AND myNullProp) OR "
                + "(myFalseProp AND myTrueProp) OR (myFalseProp AND myFalseProp) OR (myFalseProp AND myNullProp) OR "
                + "(MyNullProp AND myTrueProp) OR (MyNullProp AND myFalseProp) OR (MyNullProp AND myNullProp)", m))
                .isFalse();
        assertThat(matches("(myTrueProp OR myTrueProp) AND (myTrueProp OR myFalseProp) AND "
                + "(myTrueProp OR myNullProp) AND (myFalseProp OR myTrueProp) AND (myNullProp OR myTrueProp)", m))
                .isTrue();
        assertThat(matches("(myFalseProp OR myFalseProp) OR (myFalseProp OR myNullProp) OR "
                + "(myNullProp OR myFalseProp) OR (myNullProp OR myNullProp)", m)).isFalse();
    }
}
