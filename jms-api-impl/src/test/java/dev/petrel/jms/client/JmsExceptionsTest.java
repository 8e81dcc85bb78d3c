package dev.petrel.jms.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.protocol.ErrorCode;
import jakarta.jms.IllegalStateException;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.TransactionInProgressException;
import jakarta.jms.TransactionRolledBackException;
import jakarta.jms.TransactionRolledBackRuntimeException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

// DESIGN.md "one error map per boundary"; Jakarta Messaging 3.1 §10 (exceptions) and §7.3 (runtime exceptions).
class JmsExceptionsTest {

    @Test
    void eachErrorCodeMapsToItsJmsExceptionTypeKeepingMessageAndCode() {
        Map<ErrorCode, Class<? extends JMSException>> expected = Map.of(
                ErrorCode.INVALID_DESTINATION, InvalidDestinationException.class,
                ErrorCode.INVALID_SELECTOR, InvalidSelectorException.class,
                ErrorCode.SECURITY, JMSSecurityException.class,
                ErrorCode.INVALID_CLIENT_ID, InvalidClientIDException.class,
                ErrorCode.ILLEGAL_STATE, IllegalStateException.class,
                ErrorCode.RESOURCE_ALLOCATION, ResourceAllocationException.class,
                ErrorCode.TRANSACTION_ROLLED_BACK, TransactionRolledBackException.class,
                ErrorCode.TRANSACTION_IN_PROGRESS, TransactionInProgressException.class,
                ErrorCode.MESSAGE_FORMAT, MessageFormatException.class);
        expected.forEach((code, type) -> {
            JMSException e = JmsExceptions.fromError(code, "why " + code);
            assertThat(e).isExactlyInstanceOf(type).hasMessage("why " + code);
            assertThat(e.getErrorCode()).isEqualTo(code.name());
        });
    }

    @Test
    void otherCodesBecomePlainJmsExceptionNamedByTheCode() {
        JMSException e = JmsExceptions.fromError(ErrorCode.NOT_MASTER, "slave");
        assertThat(e).isExactlyInstanceOf(JMSException.class);
        assertThat(e.getErrorCode()).isEqualTo("NOT_MASTER");
    }

    @Test
    void awaitRethrowsTheBrokersExceptionItself() {
        InvalidDestinationException cause = new InvalidDestinationException("no such queue");
        assertThatThrownBy(() -> JmsExceptions.await(CompletableFuture.failedFuture(cause), 1000, "x"))
                .isSameAs(cause);
    }

    @Test
    void awaitWrapsOtherFailuresAndTimeoutsNamingTheOperation() {
        assertThatThrownBy(() -> JmsExceptions.await(
                CompletableFuture.failedFuture(new java.io.IOException("reset")), 1000, "creating a session"))
                .isExactlyInstanceOf(JMSException.class).hasMessageContaining("creating a session")
                .hasMessageContaining("reset");
        assertThatThrownBy(() -> JmsExceptions.await(new CompletableFuture<Void>(), 20, "closing"))
                .isExactlyInstanceOf(JMSException.class).hasMessageContaining("closing within 20 ms");
    }

    @Test
    void runtimeCounterpartKeepsTypeMessageCodeAndCause() {
        JMSException checked = JmsExceptions.fromError(ErrorCode.TRANSACTION_ROLLED_BACK, "rolled back");
        JMSRuntimeException runtime = JmsExceptions.toRuntime(checked);
        assertThat(runtime).isExactlyInstanceOf(TransactionRolledBackRuntimeException.class)
                .hasMessage("rolled back").hasCause(checked);
        assertThat(runtime.getErrorCode()).isEqualTo("TRANSACTION_ROLLED_BACK");
        assertThat(JmsExceptions.toRuntime(new InvalidDestinationException("d")))
                .isExactlyInstanceOf(InvalidDestinationRuntimeException.class);
        assertThat(JmsExceptions.toRuntime(new IllegalStateException("s")))
                .isExactlyInstanceOf(IllegalStateRuntimeException.class);
        assertThat(JmsExceptions.toRuntime(new JMSException("j"))).isExactlyInstanceOf(JMSRuntimeException.class);
    }
}
