package dev.petrel.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.jms.client.JmsExceptions;
import dev.petrel.protocol.ErrorCode;
import jakarta.jms.IllegalStateException;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.InvalidClientIDRuntimeException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.InvalidSelectorRuntimeException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.MessageNotWriteableRuntimeException;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.ResourceAllocationRuntimeException;
import jakarta.jms.TransactionInProgressException;
import jakarta.jms.TransactionInProgressRuntimeException;
import jakarta.jms.TransactionRolledBackException;
import jakarta.jms.TransactionRolledBackRuntimeException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

// Chapter 10 exceptions: the wire error codes and the simplified API's runtime twins.
class ExceptionsConformanceTest {

    static Stream<Arguments> twins() {
        return Stream.of(
                Arguments.of(new InvalidDestinationException("m"), InvalidDestinationRuntimeException.class),
                Arguments.of(new InvalidSelectorException("m"), InvalidSelectorRuntimeException.class),
                Arguments.of(new JMSSecurityException("m"), JMSSecurityRuntimeException.class),
                Arguments.of(new InvalidClientIDException("m"), InvalidClientIDRuntimeException.class),
                Arguments.of(new IllegalStateException("m"), IllegalStateRuntimeException.class),
                Arguments.of(new ResourceAllocationException("m"), ResourceAllocationRuntimeException.class),
                Arguments.of(new TransactionRolledBackException("m"), TransactionRolledBackRuntimeException.class),
                Arguments.of(new TransactionInProgressException("m"), TransactionInProgressRuntimeException.class),
                Arguments.of(new MessageFormatException("m"), MessageFormatRuntimeException.class),
                Arguments.of(new MessageNotWriteableException("m"), MessageNotWriteableRuntimeException.class),
                Arguments.of(new JMSException("m"), JMSRuntimeException.class));
    }

    @ParameterizedTest(name = "{0} becomes {1}")
    @MethodSource("twins")
    void simplifiedApiThrowsTheRuntimeTwin(JMSException checked, Class<?> runtime) {
        // Jakarta Messaging 3.1 §10 each checked exception has an unchecked twin for the simplified API
        JMSRuntimeException mapped = JmsExceptions.toRuntime(checked);
        assertThat(mapped).isExactlyInstanceOf(runtime).hasMessage("m").hasCause(checked);
    }

    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of(ErrorCode.INVALID_DESTINATION, InvalidDestinationException.class),
                Arguments.of(ErrorCode.INVALID_SELECTOR, InvalidSelectorException.class),
                Arguments.of(ErrorCode.SECURITY, JMSSecurityException.class),
                Arguments.of(ErrorCode.INVALID_CLIENT_ID, InvalidClientIDException.class),
                Arguments.of(ErrorCode.ILLEGAL_STATE, IllegalStateException.class),
                Arguments.of(ErrorCode.RESOURCE_ALLOCATION, ResourceAllocationException.class),
                Arguments.of(ErrorCode.TRANSACTION_ROLLED_BACK, TransactionRolledBackException.class),
                Arguments.of(ErrorCode.TRANSACTION_IN_PROGRESS, TransactionInProgressException.class),
                Arguments.of(ErrorCode.MESSAGE_FORMAT, MessageFormatException.class),
                Arguments.of(ErrorCode.INTERNAL, JMSException.class));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("codes")
    void brokerErrorCodesBecomeTheirJmsException(ErrorCode code, Class<?> type) {
        // Jakarta Messaging 3.1 §10 the exception types a provider throws; docs/protocol.md error codes
        JMSException e = JmsExceptions.fromError(code, "why");
        assertThat(e).isExactlyInstanceOf(type).hasMessage("why");
        assertThat(e.getErrorCode()).isEqualTo(code.name());
    }
}
