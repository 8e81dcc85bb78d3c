package dev.petrel.selector;

import dev.petrel.selector.Expr.Identifier;
import dev.petrel.selector.Expr.Type;
import java.util.Set;

/**
 * The checks the parser makes beyond grammar, on what it can see before any message: the static type of
 * each operand (literals and operators have one; an identifier's is only known per message) and the
 * identifiers a selector may name. Jakarta Messaging 3.1 §3.8.1.1 lets providers do such "semantic checking
 * at the time the selector is presented"; the Jakarta Messaging TCK expects {@code TRUE = 0},
 * {@code myProp > 'foo'}, {@code myProp BETWEEN 'foo' AND 'test'} and {@code myProp LIKE 7} to be refused.
 */
final class Types {

    /** §3.8.1.1: "Message header field references are restricted to" these. */
    static final Set<String> HEADERS = Set.of("JMSDeliveryMode", "JMSPriority", "JMSMessageID", "JMSTimestamp",
            "JMSCorrelationID", "JMSType");

    private static final String SECTION = " (Jakarta Messaging 3.1 §3.8.1.1)";

    private final TokenStream tokens;

    Types(TokenStream tokens) {
        this.tokens = tokens;
    }

    /**
     * §3.8.1.1: a name starting with JMS must be a selector-visible header, a JMSX (defined) or a JMS_
     * (provider) property; other header names such as JMSRedelivered or JMSExpiration cannot be selected on.
     *
     * @return the identifier's name
     */
    String checkIdentifier(Token token) throws SelectorSyntaxException {
        String name = token.text();
        if (name.startsWith("JMS") && !name.startsWith("JMSX") && !name.startsWith("JMS_")
                && !HEADERS.contains(name)) {
            throw tokens.error(token, "'" + name + "' at position " + token.position() + " cannot be used in a "
                    + "selector: names starting with JMS are reserved, and the only headers a selector may name "
                    + "are JMSDeliveryMode, JMSPriority, JMSMessageID, JMSTimestamp, JMSCorrelationID and JMSType"
                    + SECTION);
        }
        return name;
    }

    /** §3.8.1.1: a selector, and each operand of AND, OR and NOT, is a conditional expression. */
    Expr requireCondition(Expr expr, Token start, String role) throws SelectorSyntaxException {
        if (expr.type() != Type.BOOLEAN && expr.type() != Type.ANY) {
            throw tokens.error(start, role + " must be a condition, but " + start.describe() + " at position "
                    + start.position() + " is " + expr.type().description() + SECTION);
        }
        return expr;
    }

    /** §3.8.1.1: arithmetic, ordering comparisons and BETWEEN take numbers. */
    Expr requireNumber(Expr expr, Token start, String operator) throws SelectorSyntaxException {
        return requireNumber(expr, start, operator, "");
    }

    private Expr requireNumber(Expr expr, Token start, String operator, String hint)
            throws SelectorSyntaxException {
        if (expr.type() != Type.NUMBER && expr.type() != Type.ANY) {
            throw tokens.error(start, start.describe() + " at position " + start.position() + " is "
                    + expr.type().description() + ", but " + operator + " needs a number" + hint + SECTION);
        }
        return expr;
    }

    /** §3.8.1.1: IN, LIKE and IS NULL test an identifier. */
    Identifier requireIdentifier(Expr expr, Token start, String operator) throws SelectorSyntaxException {
        if (!(expr instanceof Identifier identifier)) {
            throw tokens.error(start, operator + " tests an identifier, but " + start.describe() + " at position "
                    + start.position() + " starts " + expr.type().description() + SECTION);
        }
        return identifier;
    }

    /**
     * §3.8.1.1: "Only like type values can be compared" (numbers of any type are alike), and "String and
     * Boolean comparison is restricted to = and <>".
     */
    Expr comparison(Comparison op, Expr left, Token leftStart, Expr right, Token rightStart)
            throws SelectorSyntaxException {
        if (op.isOrdering()) {
            String operator = "'" + op.symbol() + "'";
            String hint = "; strings and booleans compare only with = and <>";
            requireNumber(left, leftStart, operator, hint);
            requireNumber(right, rightStart, operator, hint);
        } else if (left.type() != Type.ANY && right.type() != Type.ANY && left.type() != right.type()) {
            throw tokens.error(rightStart, rightStart.describe() + " at position " + rightStart.position()
                    + " is " + right.type().description() + " and cannot be compared with "
                    + left.type().description() + ": only values of like types can be compared" + SECTION);
        }
        return new Expr.Compare(op, left, right);
    }
}
