package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import java.util.concurrent.ExecutionException;
import javax.transaction.xa.XAException;

/**
 * The one place where XA outcomes become {@link XAException}s: the broker's XA codes as they came, and the
 * failure to ask it at all as {@code XAER_RMFAIL} (the broker is unreachable; the transaction manager retries
 * later, through recovery if need be).
 */
final class XaErrors {

    private XaErrors() {
    }

    /** An XAException with {@code code} and a message naming what failed. */
    static XAException of(int code, String message) {
        XAException e = new XAException(message + " (" + name(code) + ")");
        e.errorCode = code;
        return e;
    }

    /** Why a request did not get an XA answer. */
    static XAException notAnswered(String what, Throwable error) {
        Throwable cause = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
        int code = cause instanceof IllegalStateException ? XAException.XAER_PROTO : XAException.XAER_RMFAIL;
        XAException e = of(code, what + " failed: " + cause.getMessage());
        e.initCause(cause instanceof JMSException ? cause : JmsExceptions.wrap(String.valueOf(cause), cause));
        return e;
    }

    /** The XA name of a code, for messages. */
    static String name(int code) {
        return switch (code) {
            case XAException.XA_RBROLLBACK -> "XA_RBROLLBACK";
            case XAException.XA_RBCOMMFAIL -> "XA_RBCOMMFAIL";
            case XAException.XA_RBTIMEOUT -> "XA_RBTIMEOUT";
            case XAException.XA_RETRY -> "XA_RETRY";
            case XAException.XA_HEURRB -> "XA_HEURRB";
            case XAException.XA_HEURCOM -> "XA_HEURCOM";
            case XAException.XAER_RMERR -> "XAER_RMERR";
            case XAException.XAER_NOTA -> "XAER_NOTA";
            case XAException.XAER_INVAL -> "XAER_INVAL";
            case XAException.XAER_PROTO -> "XAER_PROTO";
            case XAException.XAER_RMFAIL -> "XAER_RMFAIL";
            case XAException.XAER_DUPID -> "XAER_DUPID";
            default -> "XA code " + code;
        };
    }

    /** True for the {@code XA_RB*} codes: the branch was rolled back. */
    static boolean rolledBack(int code) {
        return code >= XAException.XA_RBBASE && code <= XAException.XA_RBEND;
    }
}
