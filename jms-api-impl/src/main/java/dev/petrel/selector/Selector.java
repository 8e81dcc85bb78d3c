package dev.petrel.selector;

/**
 * A parsed Jakarta Messaging message selector (Jakarta Messaging 3.1 §3.8.1): parse once when a consumer or
 * subscription is created, then {@link #matches} each message. Immutable and thread-safe.
 *
 * <p>A message matches when the selector evaluates to TRUE; FALSE and UNKNOWN (SQL three-valued logic over
 * NULL, §3.8.1.2) do not match. Evaluation never throws: a type mismatch found only at run time — a string
 * property compared with a number, a boolean in arithmetic — is false or UNKNOWN as the specification says,
 * and integer division by zero is UNKNOWN. The rules, and the choices made where the specification is
 * silent, are in {@code docs/selectors.md}.
 */
public final class Selector {

    private final String expression;
    private final Expr root;

    private Selector(String expression, Expr root) {
        this.expression = expression;
        this.root = root;
    }

    /**
     * Parses; null or blank → a selector that matches everything (§3.8.1.1: "If the value of a message
     * selector is an empty string, the value is treated as a null and indicates that there is no message
     * selector").
     *
     * @throws SelectorSyntaxException when the selector is not valid, with the position of the first error
     */
    public static Selector parse(String expression) throws SelectorSyntaxException {
        if (expression == null) {
            return new Selector("", null);
        }
        return new Selector(expression, Parser.parse(expression));
    }

    /**
     * Whether the message's headers and properties satisfy the selector. Never throws: if the context
     * itself throws (say, a message whose properties cannot be decoded), the message does not match.
     */
    public boolean matches(SelectorContext message) {
        if (root == null) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(root.evaluate(message));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The value in three-valued logic: TRUE, FALSE or null for UNKNOWN (for tests and diagnostics). */
    Boolean evaluate(SelectorContext message) {
        return root == null ? Boolean.TRUE : Logic.condition(root.evaluate(message));
    }

    /** The selector as given; empty for a null selector. */
    public String expression() {
        return expression;
    }

    /**
     * True when every message matches: no selector (null, empty or blank) or the literal TRUE; dispatch may
     * then skip evaluating it and decoding properties.
     */
    public boolean matchesEverything() {
        return root == null || root instanceof Expr.Literal literal && Boolean.TRUE.equals(literal.value());
    }

    /** Selectors are equal when written the same way (as JMS compares a durable subscription's selector). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Selector other && expression.equals(other.expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return "Selector[" + expression + "]";
    }
}
