package dev.petrel.selector;

/**
 * SQL three-valued logic with {@code Boolean} values, null meaning UNKNOWN (Jakarta Messaging 3.1 §3.8.1.2,
 * Tables 3-4 to 3-6).
 */
final class Logic {

    private Logic() {
    }

    /**
     * A value used as a condition: a Boolean is itself; NULL, and a value of any other type (an identifier
     * that is not a boolean property), is UNKNOWN.
     */
    static Boolean condition(Object value) {
        return value instanceof Boolean b ? b : null;
    }

    /** Table 3-4: false wins, then unknown. */
    static Boolean and(Boolean left, Boolean right) {
        if (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) {
            return Boolean.FALSE;
        }
        return left == null || right == null ? null : Boolean.TRUE;
    }

    /** Table 3-5: true wins, then unknown. */
    static Boolean or(Boolean left, Boolean right) {
        if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
            return Boolean.TRUE;
        }
        return left == null || right == null ? null : Boolean.FALSE;
    }

    /** Table 3-6: unknown stays unknown. */
    static Boolean not(Boolean value) {
        return value == null ? null : !value;
    }
}
