package dev.petrel.selector;

import java.util.List;
import java.util.Set;

/**
 * A node of a parsed selector: immutable, evaluated against one message. Conditions evaluate to
 * {@code Boolean.TRUE}, {@code Boolean.FALSE} or null (UNKNOWN); values to their boxed value or null (NULL).
 * Evaluation never throws for any value a {@link SelectorContext} returns, and allocates nothing except the
 * boxed result of arithmetic.
 */
sealed interface Expr {

    /** The value in this message: a Boolean (null for UNKNOWN) for a condition. */
    Object evaluate(SelectorContext context);

    /** What the parser knows of the value's type before any message is seen. */
    Type type();

    /** Static types; ANY is an identifier, whose type is only known per message. */
    enum Type {
        BOOLEAN("a boolean"), NUMBER("a number"), STRING("a string"), ANY("a value");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** A string, numeric or boolean literal. */
    record Literal(Object value) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            return value;
        }

        @Override
        public Type type() {
            return value instanceof Boolean ? Type.BOOLEAN : value instanceof String ? Type.STRING : Type.NUMBER;
        }
    }

    /** A header or property reference; NULL when the message has no such value (§3.8.1.1). */
    record Identifier(String name) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            return context.value(name);
        }

        @Override
        public Type type() {
            return Type.ANY;
        }
    }

    /** NOT (§3.8.1.2, Table 3-6). */
    record Not(Expr operand) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            return Logic.not(Logic.condition(operand.evaluate(context)));
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }
    }

    /** A chain of ANDs, flat so that long selectors do not nest deeply (§3.8.1.2, Table 3-4). */
    record And(List<Expr> operands) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            Boolean result = Boolean.TRUE;
            for (int i = 0; i < operands.size(); i++) {
                Boolean b = Logic.condition(operands.get(i).evaluate(context));
                if (Boolean.FALSE.equals(b)) {
                    return Boolean.FALSE;
                }
                result = Logic.and(result, b);
            }
            return result;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }
    }

    /** A chain of ORs, flat so that long selectors do not nest deeply (§3.8.1.2, Table 3-5). */
    record Or(List<Expr> operands) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            Boolean result = Boolean.FALSE;
            for (int i = 0; i < operands.size(); i++) {
                Boolean b = Logic.condition(operands.get(i).evaluate(context));
                if (Boolean.TRUE.equals(b)) {
                    return Boolean.TRUE;
                }
                result = Logic.or(result, b);
            }
            return result;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }
    }

    /** {@code left op right}; the right side is not evaluated when the left is NULL. */
    record Compare(Comparison op, Expr left, Expr right) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            Object l = left.evaluate(context);
            return l == null ? null : op.test(l, right.evaluate(context));
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }
    }

    /** A left-to-right chain of operators of one precedence level: {@code first ops[0] rest[0] ops[1] ...}. */
    record Arith(Expr first, List<Arithmetic> ops, List<Expr> rest) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            Object result = first.evaluate(context);
            for (int i = 0; i < ops.size() && result != null; i++) {
                result = ops.get(i).apply(result, rest.get(i).evaluate(context));
            }
            return result;
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }
    }

    /** Unary minus or plus on a value only known per message (on a literal the parser folds it). */
    record Unary(boolean negate, Expr operand) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            Object value = operand.evaluate(context);
            return negate ? Numbers.negate(value) : Numbers.plus(value);
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }
    }

    /**
     * [NOT] BETWEEN, evaluated as the spec defines it (§3.8.1.1): "age BETWEEN 15 AND 19" is "age >= 15 AND
     * age <= 19", "age NOT BETWEEN 15 AND 19" is "age < 15 OR age > 19" — so a non-numeric value makes both
     * forms false.
     */
    record Between(Expr value, Expr low, Expr high, boolean negated) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            Object v = value.evaluate(context);
            if (v == null) {
                return null;
            }
            Object lo = low.evaluate(context);
            Object hi = high.evaluate(context);
            return negated ? Logic.or(Comparison.LT.test(v, lo), Comparison.GT.test(v, hi))
                    : Logic.and(Comparison.GE.test(v, lo), Comparison.LE.test(v, hi));
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }
    }

    /**
     * {@code identifier [NOT] IN (...)} (§3.8.1.1): UNKNOWN for NULL; for a value that is not a string, a
     * comparison of non-like types, false in both forms (as the Jakarta Messaging TCK expects).
     */
    record In(Identifier identifier, Set<String> values, boolean negated) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            Object v = identifier.evaluate(context);
            if (!(v instanceof String s)) {
                return v == null ? null : Boolean.FALSE;
            }
            return values.contains(s) != negated;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }
    }

    /** {@code identifier [NOT] LIKE pattern [ESCAPE c]} (§3.8.1.1); a non-string value is false in both forms. */
    record Like(Identifier identifier, LikePattern pattern, boolean negated) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            Object v = identifier.evaluate(context);
            if (!(v instanceof String s)) {
                return v == null ? null : Boolean.FALSE;
            }
            return pattern.matches(s) != negated;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }
    }

    /** {@code identifier IS [NOT] NULL}: never UNKNOWN (§3.8.1.2). */
    record IsNull(Identifier identifier, boolean negated) implements Expr {
        @Override
        public Object evaluate(SelectorContext context) {
            return (identifier.evaluate(context) == null) != negated;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }
    }
}
