package dev.petrel.selector;

/**
 * The comparison operators and their meaning (Jakarta Messaging 3.1 §3.8.1.1, "Comparison operators").
 * Evaluation never allocates: results are the canonical {@code Boolean} constants or null for UNKNOWN.
 */
enum Comparison {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    /** §3.8.1.1: "String and Boolean comparison is restricted to = and <>". */
    boolean isOrdering() {
        return this != EQ && this != NE;
    }

    /**
     * Compares two values. §3.8.1.1: "If either of the type values evaluates to NULL, the value of the
     * expression is unknown"; numbers of any type compare after Java numeric promotion; "If the comparison of
     * non-like type values is attempted, the value of the operation is false" — also for {@code <>}, and also
     * when a string or boolean meets an ordering operator (which the parser refuses where it can see it).
     *
     * @return TRUE, FALSE, or null for UNKNOWN
     */
    Boolean test(Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        int promoted = Numbers.promoted(left, right);
        if (promoted != Numbers.NOT_NUMERIC) {
            return numeric(promoted, (Number) left, (Number) right);
        }
        boolean likeTypes = left instanceof String && right instanceof String
                || left instanceof Boolean && right instanceof Boolean;
        if (!likeTypes || isOrdering()) {
            return Boolean.FALSE;
        }
        return left.equals(right) == (this == EQ);
    }

    private Boolean numeric(int promoted, Number left, Number right) {
        return switch (promoted) {
            case Numbers.INT, Numbers.LONG -> longs(left.longValue(), right.longValue());
            case Numbers.FLOAT -> floats(left.floatValue(), right.floatValue());
            default -> doubles(left.doubleValue(), right.doubleValue());
        };
    }

    private boolean longs(long l, long r) {
        return switch (this) {
            case EQ -> l == r;
            case NE -> l != r;
            case LT -> l < r;
            case LE -> l <= r;
            case GT -> l > r;
            case GE -> l >= r;
        };
    }

    /** Java float comparison: NaN is unequal to everything, -0.0 equals 0.0. */
    private boolean floats(float l, float r) {
        return switch (this) {
            case EQ -> l == r;
            case NE -> l != r;
            case LT -> l < r;
            case LE -> l <= r;
            case GT -> l > r;
            case GE -> l >= r;
        };
    }

    private boolean doubles(double l, double r) {
        return switch (this) {
            case EQ -> l == r;
            case NE -> l != r;
            case LT -> l < r;
            case LE -> l <= r;
            case GT -> l > r;
            case GE -> l >= r;
        };
    }
}
