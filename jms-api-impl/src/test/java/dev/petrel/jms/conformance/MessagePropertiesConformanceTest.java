package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.jms.PetrelMessage;
import dev.petrel.jms.Received;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

// Chapter 3.5 message properties, client side (no broker).
class MessagePropertiesConformanceTest {

    /** A typed read of property "p". */
    @FunctionalInterface
    interface Read {
        Object from(Message m) throws JMSException;
    }

    private static final Read BOOLEAN = m -> m.getBooleanProperty("p");
    private static final Read BYTE = m -> m.getByteProperty("p");
    private static final Read SHORT = m -> m.getShortProperty("p");
    private static final Read INT = m -> m.getIntProperty("p");
    private static final Read LONG = m -> m.getLongProperty("p");
    private static final Read FLOAT = m -> m.getFloatProperty("p");
    private static final Read DOUBLE = m -> m.getDoubleProperty("p");
    private static final Read STRING = m -> m.getStringProperty("p");

    private static Message with(Object value) throws JMSException {
        Message m = new PetrelMessage();
        m.setObjectProperty("p", value);
        return m;
    }

    /** Every allowed conversion of table 3-4 (Jakarta Messaging 3.1 §3.5.4): stored value, read, expected. */
    static Stream<Arguments> allowedConversions() {
        return Stream.of(
                Arguments.of(true, BOOLEAN, true), Arguments.of(true, STRING, "true"),
                Arguments.of((byte) 5, BYTE, (byte) 5), Arguments.of((byte) 5, SHORT, (short) 5),
                Arguments.of((byte) 5, INT, 5), Arguments.of((byte) 5, LONG, 5L), Arguments.of((byte) 5, STRING, "5"),
                Arguments.of((short) 6, SHORT, (short) 6), Arguments.of((short) 6, INT, 6),
                Arguments.of((short) 6, LONG, 6L), Arguments.of((short) 6, STRING, "6"),
                Arguments.of(7, INT, 7), Arguments.of(7, LONG, 7L), Arguments.of(7, STRING, "7"),
                Arguments.of(8L, LONG, 8L), Arguments.of(8L, STRING, "8"),
                Arguments.of(1.5f, FLOAT, 1.5f), Arguments.of(1.5f, DOUBLE, 1.5d), Arguments.of(1.5f, STRING, "1.5"),
                Arguments.of(2.5d, DOUBLE, 2.5d), Arguments.of(2.5d, STRING, "2.5"),
                Arguments.of("true", BOOLEAN, true), Arguments.of("9", BYTE, (byte) 9),
                Arguments.of("9", SHORT, (short) 9), Arguments.of("9", INT, 9), Arguments.of("9", LONG, 9L),
                Arguments.of("3.5", FLOAT, 3.5f), Arguments.of("3.5", DOUBLE, 3.5d), Arguments.of("s", STRING, "s"));
    }

    @ParameterizedTest(name = "{0} reads as {2}")
    @MethodSource("allowedConversions")
    void conversionTableAllowsTheseReads(Object stored, Read read, Object expected) throws Exception {
        // Jakarta Messaging 3.1 §3.5.4 property value conversion, allowed cells
        assertThat(read.from(with(stored))).isEqualTo(expected);
    }

    /** Every forbidden conversion of table 3-4 between non-String types. */
    static Stream<Arguments> forbiddenConversions() {
        return Stream.of(
                Arguments.of(true, BYTE), Arguments.of(true, INT), Arguments.of(true, DOUBLE),
                Arguments.of((byte) 1, BOOLEAN), Arguments.of((byte) 1, FLOAT), Arguments.of((byte) 1, DOUBLE),
                Arguments.of((short) 1, BYTE), Arguments.of((short) 1, BOOLEAN), Arguments.of((short) 1, FLOAT),
                Arguments.of(1, SHORT), Arguments.of(1, BYTE), Arguments.of(1, FLOAT), Arguments.of(1, BOOLEAN),
                Arguments.of(1L, INT), Arguments.of(1L, DOUBLE), Arguments.of(1L, BOOLEAN),
                Arguments.of(1f, INT), Arguments.of(1f, LONG), Arguments.of(1f, BOOLEAN),
                Arguments.of(1d, FLOAT), Arguments.of(1d, LONG), Arguments.of(1d, BOOLEAN));
    }

    @ParameterizedTest(name = "{0} cannot be read by {1}")
    @MethodSource("forbiddenConversions")
    void conversionTableRefusesOtherReadsWithMessageFormatException(Object stored, Read read) {
        // Jakarta Messaging 3.1 §3.5.4 property value conversion, empty cells: MessageFormatException
        assertThatThrownBy(() -> read.from(with(stored))).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void stringThatIsNotANumberFailsWithNumberFormatException() {
        // Jakarta Messaging 3.1 §3.5.4 String to numeric conversion uses valueOf: NumberFormatException
        assertThatThrownBy(() -> with("abc").getIntProperty("p")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void missingPropertyReadsAsNullFalseOrNumberFormatException() throws Exception {
        // Jakarta Messaging 3.1 §3.5.4 a property that does not exist reads as null
        Message m = new PetrelMessage();
        assertThat(m.getStringProperty("none")).isNull();
        assertThat(m.getObjectProperty("none")).isNull();
        assertThat(m.getBooleanProperty("none")).isFalse();
        assertThatThrownBy(() -> m.getIntProperty("none")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> m.getDoubleProperty("none")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void objectPropertyRefusesTypesOutsideTheTable() {
        // Jakarta Messaging 3.1 §3.5.4 setObjectProperty takes only the primitive wrappers and String
        assertThatThrownBy(() -> with(new Object())).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> with('c')).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> with(new byte[1])).isInstanceOf(MessageFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NULL", "true", "and", "Between", "like", "IN", "is", "escape", "NOT", "OR", "FALSE"})
    void selectorKeywordsAreNotPropertyNames(String name) {
        // Jakarta Messaging 3.1 §3.5.1 property names must not be NULL, TRUE, FALSE, NOT, AND, OR, BETWEEN, LIKE, IN, IS, ESCAPE
        assertThatThrownBy(() -> new PetrelMessage().setIntProperty(name, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1abc", "a-b", "a b"})
    void propertyNamesMustBeJavaIdentifiers(String name) {
        // Jakarta Messaging 3.1 §3.5.1 property names follow the selector identifier rules
        assertThatThrownBy(() -> new PetrelMessage().setStringProperty(name, "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullPropertyNameIsRefused() {
        // Message.setStringProperty javadoc: IllegalArgumentException for a null or empty name
        assertThatThrownBy(() -> new PetrelMessage().setStringProperty(null, "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void receivedPropertiesAreReadOnly() throws Exception {
        // Jakarta Messaging 3.1 §3.10 properties of a received message are read-only
        Message back = Received.copyOf(with(1));
        assertThatThrownBy(() -> back.setIntProperty("q", 1)).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void clearPropertiesMakesThemWritableAndEmpty() throws Exception {
        // Jakarta Messaging 3.1 §3.5.7 clearProperties leaves an empty, writable set
        Message back = Received.copyOf(with(1));
        back.clearProperties();
        assertThat(back.propertyExists("p")).isFalse();
        back.setIntProperty("q", 2);
        assertThat(back.getIntProperty("q")).isEqualTo(2);
    }

    @Test
    void clearPropertiesLeavesHeadersAndBody() throws Exception {
        // Jakarta Messaging 3.1 §3.5.7 clearProperties does not clear headers or body
        Message m = with(1);
        m.setJMSType("t");
        m.clearProperties();
        assertThat(m.getJMSType()).isEqualTo("t");
    }

    @Test
    void propertyNamesListEveryPropertyInOrder() throws Exception {
        // Jakarta Messaging 3.1 §3.5.6 getPropertyNames
        Message m = new PetrelMessage();
        m.setIntProperty("b", 1);
        m.setStringProperty("a", "x");
        List<String> names = Collections.list(m.getPropertyNames());
        assertThat(names).containsExactly("b", "a");
    }

    @Test
    void propertiesTravelWithTheirTypes() throws Exception {
        // Jakarta Messaging 3.1 §3.5.4 a property keeps its type through the send
        Message m = new PetrelMessage();
        m.setByteProperty("b", (byte) 1);
        m.setShortProperty("s", (short) 2);
        m.setLongProperty("l", 3L);
        m.setFloatProperty("f", 4f);
        m.setBooleanProperty("z", true);
        Message back = Received.copyOf(m);
        assertThat(back.getObjectProperty("b")).isEqualTo((byte) 1);
        assertThat(back.getObjectProperty("s")).isEqualTo((short) 2);
        assertThat(back.getObjectProperty("l")).isEqualTo(3L);
        assertThat(back.getObjectProperty("f")).isEqualTo(4f);
        assertThat(back.getObjectProperty("z")).isEqualTo(true);
    }

    @Test
    void groupIdMustBeAString() {
        // Jakarta Messaging 3.1 §3.5.9 JMSXGroupID is a String
        assertThatThrownBy(() -> new PetrelMessage().setIntProperty("JMSXGroupID", 1))
                .isInstanceOf(MessageFormatException.class);
    }

    @Test
    void groupSequenceMustBeAnInt() throws Exception {
        // Jakarta Messaging 3.1 §3.5.9 JMSXGroupSeq is an int
        Message m = new PetrelMessage();
        m.setIntProperty("JMSXGroupSeq", 3);
        m.setStringProperty("JMSXGroupID", "g");
        assertThat(m.getIntProperty("JMSXGroupSeq")).isEqualTo(3);
        assertThatThrownBy(() -> m.setStringProperty("JMSXGroupSeq", "3")).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void deliveryCountIsSetByTheProviderOnReceipt() throws Exception {
        // Jakarta Messaging 3.1 §3.5.11 JMSXDeliveryCount is set by the provider on receive
        Message back = Received.copyOf(new PetrelMessage());
        assertThat(back.propertyExists("JMSXDeliveryCount")).isTrue();
        assertThat(back.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
        assertThat(Collections.list(back.getPropertyNames())).contains("JMSXDeliveryCount");
    }

    @Test
    void nullStringPropertyExistsAndReadsAsNull() throws Exception {
        // Jakarta Messaging 3.1 §3.5.4 a property may hold null
        Message m = with(null);
        assertThat(m.propertyExists("p")).isTrue();
        assertThat(m.getStringProperty("p")).isNull();
    }
}
