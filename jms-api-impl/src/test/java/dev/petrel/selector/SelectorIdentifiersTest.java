package dev.petrel.selector;

import static dev.petrel.selector.Selectors.context;
import static dev.petrel.selector.Selectors.matches;
import static dev.petrel.selector.Selectors.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifiers, keywords and whitespace: Jakarta Messaging 3.1 §3.8.1.1, "Identifiers" and "Whitespace". */
class SelectorIdentifiersTest {

    // Jakarta Messaging 3.1 §3.8.1.1: an identifier starts with a Java identifier start character ('_', '$' too)
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"_myProp", "$myProp", "myProp", "my_prop2", "größe", "日本", "a$b_c9", "X"})
    void identifierFollowsJavaIdentifierRules(String name) {
        assertThat(matches(name + " = 1", context(name, 1))).isTrue();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: a character that cannot start a Java identifier cannot start one here
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1uncorrect IS NULL", "%uncorrect IS NULL", "#p = 1", "@p = 1", "p# = 1", "p.q = 1"})
    void identifierNotStartingLikeAJavaIdentifierIsRefused(String selector) {
        assertThat(refusal(selector).getMessage()).startsWith("invalid selector \"" + selector + "\": ");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: "Identifiers are case sensitive"
    @Test
    void identifiersAreCaseSensitive() {
        SelectorContext message = context("myProp", true, "MYpROP", false);

        assertThat(matches("myProp = TRUE AND MYpROP = FALSE", message)).isTrue();
        assertThat(matches("myprop IS NULL", message)).isTrue();
        assertThat(matches("jmstype IS NULL", context("JMSType", "x"))).isTrue();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: no identifier is NULL TRUE FALSE NOT AND OR BETWEEN LIKE IN IS ESCAPE
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NULL = 0", "TRUE = 0", "FALSE = 0", "NOT = 0", "AND = 0", "OR = 0", "BETWEEN = 0",
            "LIKE = 0", "IN = 0", "IS = 0", "ESCAPE = 0", "null = 0", "and > 0", "Between > 0", "escape IS NULL",
            "x = 1 AND or = 2", "NULL = ZERO", "TRUE > 0", "in IS NULL"})
    void reservedWordIsNoIdentifier(String selector) {
        assertThat(refusal(selector)).isNotNull();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: the reserved words are whole words; a longer identifier may contain one
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ANDROID", "ORDER", "NOTE", "ISO", "INDEX", "TRUEVALUE", "NULLS", "LIKED", "_AND",
            "AND_", "ESCAPES", "BETWEENS", "ın"})
    void identifierContainingAReservedWordIsFine(String name) {
        assertThat(matches(name + " = 'v'", context(name, "v"))).isTrue();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: "Predefined selector literals and operator names ... are case insensitive"
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "myProp0 is null and myProp1 like 'fooG_%' escape 'G' and myProp2 in ('a', 'b') and "
                    + "myProp3 not between 0 and 10 and (myProp4 or false)",
            "MYPROP0 IS NULL OR myProp4 Is Not Null",
            "not myProp3 NoT BeTwEeN 0 AnD 10 oR myProp4",
            "myProp1 NOT like 'x%' ESCAPE 'x'"})
    void keywordsAreCaseInsensitive(String selector) {
        SelectorContext message = context("myProp1", "foo_test", "myProp2", "a", "myProp3", 20, "myProp4", true);

        assertThat(matches(selector, message)).isTrue();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: header references are restricted to the six selector-visible headers
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JMSDeliveryMode = 'PERSISTENT'", "JMSPriority > 4", "JMSMessageID = 'ID:1'",
            "JMSTimestamp > 0", "JMSCorrelationID = 'c'", "JMSType = 't'"})
    void selectorVisibleHeadersCanBeNamed(String selector) {
        assertThatCode(() -> Selector.parse(selector)).doesNotThrowAnyException();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: other JMS-prefixed names are neither headers a selector may name nor properties
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JMSRedelivered = TRUE", "JMSExpiration > 0", "JMSDestination IS NULL",
            "JMSReplyTo IS NULL", "JMSDeliveryTime > 0", "JMSFoo = 1", "JMS = 1", "JMSdeliverymode = 'PERSISTENT'"})
    void otherJmsNamesAreRefused(String selector) {
        SelectorSyntaxException e = refusal(selector);

        assertThat(e.position()).isZero();
        assertThat(e.token()).isEqualTo(selector.substring(0, selector.indexOf(' ')));
        assertThat(e.getMessage()).contains("cannot be used in a selector").contains("JMSCorrelationID");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: names beginning JMSX are defined properties, JMS_ provider-specific ones
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JMSXGroupID", "JMSXGroupSeq", "JMSXUserID", "JMSXAppID", "JMSXDeliveryCount",
            "JMSXProducerTXID", "JMS_petrel_Route", "JMSX"})
    void jmsxAndProviderPropertiesCanBeNamed(String name) {
        assertThat(matches(name + " = 'v'", context(name, "v"))).isTrue();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: whitespace is space, horizontal tab, form feed and line terminator
    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"JMSType   =   'foo'", "JMSType\t=\t'foo'", "JMSType\f=\f'foo'", "JMSType\n= \n'foo'",
            "JMSType\r\n=\r'foo'", "  JMSType='foo'  ", "\tJMSType='foo'\n"})
    void javaWhitespaceSeparatesTokens(String selector) {
        assertThat(matches(selector, context("JMSType", "foo"))).isTrue();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: whitespace is only what Java calls whitespace
    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"JMSType\u00A0= 'foo'", "JMSType =\u2003'foo'", "JMSType = 'foo'\u000B"})
    void otherSpaceCharactersAreRefused(String selector) {
        assertThat(refusal(selector).getMessage()).contains("unexpected character");
    }

    // Jakarta Messaging 3.1 §3.8.1.1: "If a property that does not exist ... is referenced, its value is NULL"
    @Test
    void absentPropertyIsNull() {
        assertThat(matches("missing IS NULL", context())).isTrue();
        assertThat(matches("missing = 1", context())).isFalse();
        assertThat(matches("NOT (missing = 1)", context())).isFalse();
    }

    // Jakarta Messaging 3.1 §3.8.1.1: a conditional expression may be an identifier with a boolean value
    @Test
    void booleanIdentifierIsACondition() {
        assertThat(matches("myProp", context("myProp", true))).isTrue();
        assertThat(matches("myProp", context("myProp", false))).isFalse();
        assertThat(matches("myNullProp", context())).isFalse();
        assertThat(matches("NOT myNullProp", context())).isFalse();
        assertThat(matches("myProp", context("myProp", "true"))).isFalse();
        assertThat(matches("NOT myProp", context("myProp", 1))).isFalse();
    }
}
