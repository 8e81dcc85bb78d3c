package dev.petrel.selector;

import dev.petrel.selector.Expr.Identifier;
import dev.petrel.selector.Expr.Literal;
import dev.petrel.selector.Token.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recursive-descent parser for the selector grammar of Jakarta Messaging 3.1 §3.8.1.1. Precedence, loosest
 * first: OR, AND, NOT, then one comparison ({@code = <> < <= > >=}, [NOT] BETWEEN, [NOT] IN, [NOT] LIKE,
 * IS [NOT] NULL), {@code + -}, {@code * /}, unary {@code + -}; operators of one level group left to right.
 * Type errors visible before any message ({@code 'a' + 1}, {@code TRUE = 0}, {@code x > 'a'}, a number as a
 * condition) are syntax errors too (see {@link Types}). Single use; not thread-safe.
 */
final class Parser {

    /** Parentheses, NOTs and signs nested deeper than this are refused, so parsing cannot overflow the stack. */
    static final int MAX_NESTING = 256;

    private final TokenStream in;
    private final Types types;
    private int nesting;

    private Parser(TokenStream in) {
        this.in = in;
        this.types = new Types(in);
    }

    /** The expression tree of a selector, or null when the selector is empty or only whitespace. */
    static Expr parse(String source) throws SelectorSyntaxException {
        Parser parser = new Parser(new TokenStream(source));
        Token start = parser.in.peek();
        if (start.kind() == Kind.EOF) {
            return null;
        }
        Expr expr = parser.or();
        if (!parser.in.at(Kind.EOF)) {
            throw parser.in.unexpected(parser.in.peek(), "an operator or end of input");
        }
        return parser.types.requireCondition(expr, start, "a selector");
    }

    private Expr or() throws SelectorSyntaxException {
        Token start = in.peek();
        Expr first = and();
        if (!in.at(Kind.OR)) {
            return first;
        }
        List<Expr> operands = new ArrayList<>();
        operands.add(types.requireCondition(first, start, "an operand of OR"));
        while (in.accept(Kind.OR)) {
            Token next = in.peek();
            operands.add(types.requireCondition(and(), next, "an operand of OR"));
        }
        return new Expr.Or(List.copyOf(operands));
    }

    private Expr and() throws SelectorSyntaxException {
        Token start = in.peek();
        Expr first = not();
        if (!in.at(Kind.AND)) {
            return first;
        }
        List<Expr> operands = new ArrayList<>();
        operands.add(types.requireCondition(first, start, "an operand of AND"));
        while (in.accept(Kind.AND)) {
            Token next = in.peek();
            operands.add(types.requireCondition(not(), next, "an operand of AND"));
        }
        return new Expr.And(List.copyOf(operands));
    }

    private Expr not() throws SelectorSyntaxException {
        if (!in.at(Kind.NOT)) {
            return predicate();
        }
        enter(in.next());
        Token start = in.peek();
        Expr operand = types.requireCondition(not(), start, "the operand of NOT");
        nesting--;
        return new Expr.Not(operand);
    }

    /** An arithmetic expression, optionally followed by one comparison operator and its operands. */
    private Expr predicate() throws SelectorSyntaxException {
        Token start = in.peek();
        Expr left = additive();
        Token op = in.peek();
        switch (op.kind()) {
            case EQ, NE, LT, LE, GT, GE -> {
                in.next();
                Token rightStart = in.peek();
                Expr right = additive();
                return types.comparison(comparison(op.kind()), left, start, right, rightStart);
            }
            case BETWEEN, LIKE, IN -> {
                return negatable(in.next(), left, start, false);
            }
            case NOT -> {
                in.next();
                Token after = in.next();
                if (after.kind() != Kind.BETWEEN && after.kind() != Kind.LIKE && after.kind() != Kind.IN) {
                    throw in.unexpected(after, "BETWEEN, LIKE or IN after NOT");
                }
                return negatable(after, left, start, true);
            }
            case IS -> {
                in.next();
                return isNull(types.requireIdentifier(left, start, "IS NULL"));
            }
            default -> {
                return left;
            }
        }
    }

    private Expr negatable(Token op, Expr left, Token start, boolean negated) throws SelectorSyntaxException {
        return switch (op.kind()) {
            case BETWEEN -> between(left, start, negated);
            case LIKE -> like(types.requireIdentifier(left, start, "LIKE"), negated);
            default -> in(types.requireIdentifier(left, start, "IN"), negated);
        };
    }

    /** §3.8.1.1: arithmetic-expr1 [NOT] BETWEEN arithmetic-expr2 AND arithmetic-expr3. */
    private Expr between(Expr value, Token valueStart, boolean negated) throws SelectorSyntaxException {
        types.requireNumber(value, valueStart, "BETWEEN");
        Token lowStart = in.peek();
        Expr low = types.requireNumber(additive(), lowStart, "BETWEEN");
        in.expect(Kind.AND, "AND between the bounds of BETWEEN");
        Token highStart = in.peek();
        Expr high = types.requireNumber(additive(), highStart, "BETWEEN");
        return new Expr.Between(value, low, high, negated);
    }

    /** §3.8.1.1: identifier [NOT] IN (string-literal1, string-literal2,...). */
    private Expr in(Identifier identifier, boolean negated) throws SelectorSyntaxException {
        in.expect(Kind.LPAREN, "'(' to open the list of IN");
        Set<String> values = new LinkedHashSet<>();
        do {
            values.add(in.expect(Kind.STRING, "a string literal in the list of IN").stringValue());
        } while (in.accept(Kind.COMMA));
        in.expect(Kind.RPAREN, "',' or ')' in the list of IN");
        return new Expr.In(identifier, Set.copyOf(values), negated);
    }

    /** §3.8.1.1: identifier [NOT] LIKE pattern-value [ESCAPE escape-character]. */
    private Expr like(Identifier identifier, boolean negated) throws SelectorSyntaxException {
        Token pattern = in.expect(Kind.STRING, "a string literal as the pattern of LIKE");
        Character escape = null;
        if (in.accept(Kind.ESCAPE)) {
            Token token = in.expect(Kind.STRING, "a single-character string literal after ESCAPE");
            if (token.stringValue().length() != 1) {
                throw in.error(token, "the escape character " + token.describe() + " at position "
                        + token.position() + " must be a single-character string literal");
            }
            escape = token.stringValue().charAt(0);
        }
        try {
            return new Expr.Like(identifier, LikePattern.compile(pattern.stringValue(), escape), negated);
        } catch (IllegalArgumentException e) {
            throw in.error(pattern, "bad LIKE pattern " + pattern.describe() + " at position "
                    + pattern.position() + ": " + e.getMessage());
        }
    }

    /** §3.8.1.1: identifier IS [NOT] NULL. */
    private Expr isNull(Identifier identifier) throws SelectorSyntaxException {
        boolean negated = in.accept(Kind.NOT);
        in.expect(Kind.NULL, negated ? "NULL after IS NOT" : "NULL or NOT NULL after IS");
        return new Expr.IsNull(identifier, negated);
    }

    private Expr additive() throws SelectorSyntaxException {
        Token start = in.peek();
        Expr first = multiplicative();
        return in.at(Kind.PLUS, Kind.MINUS) ? chain(first, start, Kind.PLUS, Kind.MINUS) : first;
    }

    private Expr multiplicative() throws SelectorSyntaxException {
        Token start = in.peek();
        Expr first = unary();
        return in.at(Kind.STAR, Kind.SLASH) ? chain(first, start, Kind.STAR, Kind.SLASH) : first;
    }

    /** A left-to-right chain of the two operators of one precedence level, kept flat (see {@link Expr.Arith}). */
    private Expr chain(Expr first, Token start, Kind op1, Kind op2) throws SelectorSyntaxException {
        types.requireNumber(first, start, "'" + in.peek().text() + "'");
        List<Arithmetic> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        while (in.at(op1, op2)) {
            Token op = in.next();
            ops.add(arithmetic(op.kind()));
            Token operandStart = in.peek();
            Expr operand = op1 == Kind.PLUS ? multiplicative() : unary();
            rest.add(types.requireNumber(operand, operandStart, "'" + op.text() + "'"));
        }
        return new Expr.Arith(first, List.copyOf(ops), List.copyOf(rest));
    }

    /** Unary signs; a sign directly before a numeric literal is part of it (§3.8.1.1: "-957", "+62"). */
    private Expr unary() throws SelectorSyntaxException {
        if (!in.at(Kind.PLUS, Kind.MINUS)) {
            return primary();
        }
        Token sign = in.next();
        boolean negate = sign.kind() == Kind.MINUS;
        if (in.at(Kind.NUMBER)) {
            return number(in.next(), negate);
        }
        enter(sign);
        Token start = in.peek();
        Expr operand = types.requireNumber(unary(), start, "unary '" + sign.text() + "'");
        nesting--;
        if (operand instanceof Literal literal) {
            return new Literal(negate ? Numbers.negate(literal.value()) : Numbers.plus(literal.value()));
        }
        return new Expr.Unary(negate, operand);
    }

    private Expr primary() throws SelectorSyntaxException {
        Token token = in.next();
        switch (token.kind()) {
            case STRING:
                return new Literal(token.stringValue());
            case NUMBER:
                return number(token, false);
            case TRUE:
                return new Literal(Boolean.TRUE);
            case FALSE:
                return new Literal(Boolean.FALSE);
            case IDENTIFIER:
                return new Identifier(types.checkIdentifier(token));
            case LPAREN:
                enter(token);
                Expr inner = or();
                in.expect(Kind.RPAREN, "')'");
                nesting--;
                return inner;
            case NULL:
                throw in.error(token, "NULL at position " + token.position() + " is not a value; test for it "
                        + "with IS NULL or IS NOT NULL");
            default:
                String reserved = !token.kind().isKeyword() ? "" : " (" + token.text().toUpperCase(Locale.ROOT)
                        + " is a reserved word and cannot be an identifier)";
                throw in.error(token, TokenStream.unexpectedText(token, "a value") + reserved);
        }
    }

    private Literal number(Token token, boolean negate) throws SelectorSyntaxException {
        try {
            return new Literal(NumericLiteral.parse(token.text(), negate));
        } catch (IllegalArgumentException e) {
            throw in.error(token, "bad numeric literal " + token.describe() + " at position " + token.position()
                    + ": " + e.getMessage());
        }
    }

    private static Comparison comparison(Kind kind) {
        return switch (kind) {
            case EQ -> Comparison.EQ;
            case NE -> Comparison.NE;
            case LT -> Comparison.LT;
            case LE -> Comparison.LE;
            case GT -> Comparison.GT;
            default -> Comparison.GE;
        };
    }

    private static Arithmetic arithmetic(Kind kind) {
        return switch (kind) {
            case PLUS -> Arithmetic.ADD;
            case MINUS -> Arithmetic.SUBTRACT;
            case STAR -> Arithmetic.MULTIPLY;
            default -> Arithmetic.DIVIDE;
        };
    }

    private void enter(Token token) throws SelectorSyntaxException {
        if (++nesting > MAX_NESTING) {
            throw in.error(token, "the selector nests parentheses, NOT or signs deeper than " + MAX_NESTING
                    + " levels at position " + token.position());
        }
    }
}
