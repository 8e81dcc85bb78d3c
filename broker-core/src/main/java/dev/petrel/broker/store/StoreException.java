package dev.petrel.broker.store;

/**
 * The store could not do what was asked: a database error, a corrupt batch, a schema it does not know. The
 * message names the operation and the cause; the broker turns it into a refusal of the client's request.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
