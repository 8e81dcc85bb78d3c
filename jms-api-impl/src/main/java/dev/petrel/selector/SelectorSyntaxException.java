package dev.petrel.selector;

/**
 * A message selector that is not valid: a syntax error or a type error visible before any message is seen
 * (Jakarta Messaging 3.1 §3.8.1.1 requires the check "at the time it is presented"). The client maps it to
 * {@code InvalidSelectorException}; the broker to the {@code INVALID_SELECTOR} error code.
 */
public final class SelectorSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The token text reported when the selector ended where more was expected. */
    static final String END_OF_INPUT = "end of input";

    private final int position;
    private final String token;

    /**
     * @param expression the whole selector, quoted in the message
     * @param position   0-based index of the offending character or token
     * @param token      the offending token text, or {@value #END_OF_INPUT}
     * @param detail     what is wrong, naming the position and, where it helps, the fix
     */
    SelectorSyntaxException(String expression, int position, String token, String detail) {
        super("invalid selector \"" + expression + "\": " + detail);
        this.position = position;
        this.token = token;
    }

    /** The 0-based character index of the offending token in the selector. */
    public int position() {
        return position;
    }

    /** The offending token as written, or {@code "end of input"}. */
    public String token() {
        return token;
    }
}
