package dev.petrel.selector;

/**
 * Java binary numeric promotion over boxed values (JLS §5.6, required by Jakarta Messaging 3.1 §3.8.1.1:
 * "Arithmetic operations must use Java numeric promotion"): byte, short and int compute as int, then long,
 * float, double. A value of another type (String, Boolean, Character, ...) is no number.
 */
final class Numbers {

    static final int NOT_NUMERIC = -1;
    static final int INT = 0;
    static final int LONG = 1;
    static final int FLOAT = 2;
    static final int DOUBLE = 3;

    private Numbers() {
    }

    /** The promoted type of one value, or {@link #NOT_NUMERIC}. */
    static int rank(Object value) {
        if (value instanceof Integer) {
            return INT;
        }
        if (value instanceof Long) {
            return LONG;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof Float) {
            return FLOAT;
        }
        if (value instanceof Short || value instanceof Byte) {
            return INT;
        }
        return NOT_NUMERIC;
    }

    /** The type both operands are promoted to, or {@link #NOT_NUMERIC} when either is no number. */
    static int promoted(Object left, Object right) {
        int l = rank(left);
        int r = rank(right);
        return l == NOT_NUMERIC || r == NOT_NUMERIC ? NOT_NUMERIC : Math.max(l, r);
    }

    /** Unary minus with unary promotion (byte and short become int); null for no number. */
    static Number negate(Object value) {
        return switch (rank(value)) {
            case INT -> -((Number) value).intValue();
            case LONG -> -(Long) value;
            case FLOAT -> -(Float) value;
            case DOUBLE -> -(Double) value;
            default -> null;
        };
    }

    /** Unary plus: the value with unary promotion (byte and short become int); null for no number. */
    static Number plus(Object value) {
        return switch (rank(value)) {
            case INT -> ((Number) value).intValue();
            case LONG, FLOAT, DOUBLE -> (Number) value;
            default -> null;
        };
    }
}
