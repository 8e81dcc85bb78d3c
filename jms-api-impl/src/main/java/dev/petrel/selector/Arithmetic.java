package dev.petrel.selector;

/**
 * The binary arithmetic operators (Jakarta Messaging 3.1 §3.8.1.1, "Arithmetic operators") with Java numeric
 * promotion and Java's overflow behaviour (int and long wrap around, float and double reach infinity). Where
 * Java would throw — integer division by zero — the result is NULL (UNKNOWN), so that evaluation never
 * throws. "Comparison or arithmetic with an unknown value always yields an unknown value" (§3.8.1.2); a
 * string or boolean operand ("a string cannot be used in an arithmetic expression") yields NULL as well.
 */
enum Arithmetic {
    ADD, SUBTRACT, MULTIPLY, DIVIDE;

    /** The result as a boxed int, long, float or double, or null for UNKNOWN. */
    Number apply(Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        return switch (Numbers.promoted(left, right)) {
            case Numbers.INT -> ints(((Number) left).intValue(), ((Number) right).intValue());
            case Numbers.LONG -> longs(((Number) left).longValue(), ((Number) right).longValue());
            case Numbers.FLOAT -> floats(((Number) left).floatValue(), ((Number) right).floatValue());
            case Numbers.DOUBLE -> doubles(((Number) left).doubleValue(), ((Number) right).doubleValue());
            default -> null;
        };
    }

    private Integer ints(int l, int r) {
        return switch (this) {
            case ADD -> l + r;
            case SUBTRACT -> l - r;
            case MULTIPLY -> l * r;
            case DIVIDE -> r == 0 ? null : Integer.valueOf(l / r);
        };
    }

    private Long longs(long l, long r) {
        return switch (this) {
            case ADD -> l + r;
            case SUBTRACT -> l - r;
            case MULTIPLY -> l * r;
            case DIVIDE -> r == 0 ? null : Long.valueOf(l / r);
        };
    }

    private Float floats(float l, float r) {
        return switch (this) {
            case ADD -> l + r;
            case SUBTRACT -> l - r;
            case MULTIPLY -> l * r;
            case DIVIDE -> l / r;
        };
    }

    private Double doubles(double l, double r) {
        return switch (this) {
            case ADD -> l + r;
            case SUBTRACT -> l - r;
            case MULTIPLY -> l * r;
            case DIVIDE -> l / r;
        };
    }
}
