package dev.petrel.jms.client;

import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one map from the wire's {@link ErrorCode}s to JMS exceptions, and the two conversions every caller of
 * the asynchronous client needs: a future's failure into a {@link JMSException}, and a {@link JMSException}
 * into the {@link JMSRuntimeException} the simplified API throws.
 */
public final class JmsExceptions {

    private JmsExceptions() {
    }

    /** The JMS exception an error frame stands for; its error code is the wire code's name. */
    public static JMSException fromError(ErrorFrame error) {
        return fromError(error.code(), error.message());
    }

    /** The JMS exception type for {@code code}, carrying {@code message} and the code's name as error code. */
    public static JMSException fromError(ErrorCode code, String message) {
        String name = code.name();
        return switch (code) {
            case INVALID_DESTINATION -> new InvalidDestinationException(message, name);
            case INVALID_SELECTOR -> new InvalidSelectorException(message, name);
            case SECURITY -> new JMSSecurityException(message, name);
            case INVALID_CLIENT_ID -> new InvalidClientIDException(message, name);
            case ILLEGAL_STATE -> new IllegalStateException(message, name);
            case RESOURCE_ALLOCATION -> new ResourceAllocationException(message, name);
            case TRANSACTION_ROLLED_BACK -> new TransactionRolledBackException(message, name);
            case TRANSACTION_IN_PROGRESS -> new TransactionInProgressException(message, name);
            case MESSAGE_FORMAT -> new MessageFormatException(message, name);
            default -> new JMSException(message, name);
        };
    }

    /** A {@link JMSException} with {@code cause} as both linked exception and cause. */
    public static JMSException wrap(String message, Throwable cause) {
        JMSException e = new JMSException(message);
        if (cause != null) {
            e.initCause(cause);
            if (cause instanceof Exception exception) {
                e.setLinkedException(exception);
            }
        }
        return e;
    }

    /**
     * Waits for {@code future} and returns its value; its failure is thrown as a {@link JMSException} (the
     * broker's own exception when it is one).
     *
     * @param timeoutMs how long to wait; 0 or less waits as long as it takes
     * @param what      the operation, for the message when the wait times out or is interrupted
     */
    public static <T> T await(CompletableFuture<T> future, long timeoutMs, String what) throws JMSException {
        try {
            return timeoutMs > 0 ? future.get(timeoutMs, TimeUnit.MILLISECONDS) : future.get();
        } catch (ExecutionException | CompletionException e) {
            throw toJms(e.getCause(), what);
        } catch (CancellationException e) {
            throw wrap(what + " was cancelled", e);
        } catch (TimeoutException e) {
            throw wrap("no answer from the broker to " + what + " within " + timeoutMs + " ms", e);
        } catch (InterruptedException e) {
            // Keep the interrupt visible to the caller's own code, as the thread's owner asked for it.
            Thread.currentThread().interrupt();
            throw wrap("interrupted while waiting for " + what, e);
        }
    }

    /** {@code cause} itself when it is a {@link JMSException}, else a {@link JMSException} naming it. */
    public static JMSException toJms(Throwable cause, String what) {
        Throwable unwrapped = cause instanceof CompletionException && cause.getCause() != null
                ? cause.getCause() : cause;
        if (unwrapped instanceof JMSException jms) {
            return jms;
        }
        return wrap(what + " failed: " + (unwrapped == null ? "unknown reason" : unwrapped.getMessage()), unwrapped);
    }

    /** The simplified API's counterpart of {@code e} (Jakarta Messaging 3.1 §7.3), with {@code e} as cause. */
    public static JMSRuntimeException toRuntime(JMSException e) {
        String message = e.getMessage();
        String code = e.getErrorCode();
        JMSRuntimeException runtime;
        if (e instanceof InvalidDestinationException) {
            runtime = new InvalidDestinationRuntimeException(message, code, e);
        } else if (e instanceof InvalidSelectorException) {
            runtime = new InvalidSelectorRuntimeException(message, code, e);
        } else if (e instanceof JMSSecurityException) {
            runtime = new JMSSecurityRuntimeException(message, code, e);
        } else if (e instanceof InvalidClientIDException) {
            runtime = new InvalidClientIDRuntimeException(message, code, e);
        } else if (e instanceof IllegalStateException) {
            runtime = new IllegalStateRuntimeException(message, code, e);
        } else if (e instanceof ResourceAllocationException) {
            runtime = new ResourceAllocationRuntimeException(message, code, e);
        } else if (e instanceof TransactionRolledBackException) {
            runtime = new TransactionRolledBackRuntimeException(message, code, e);
        } else if (e instanceof TransactionInProgressException) {
            runtime = new TransactionInProgressRuntimeException(message, code, e);
        } else if (e instanceof MessageFormatException) {
            runtime = new MessageFormatRuntimeException(message, code, e);
        } else if (e instanceof MessageNotWriteableException) {
            runtime = new MessageNotWriteableRuntimeException(message, code, e);
        } else {
            runtime = new JMSRuntimeException(message, code, e);
        }
        return runtime;
    }
}
