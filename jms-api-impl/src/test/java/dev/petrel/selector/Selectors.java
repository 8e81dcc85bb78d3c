package dev.petrel.selector;

import java.util.HashMap;
import java.util.Map;

/** Helpers for the selector tests: a context over name/value pairs, and three-valued results as text. */
final class Selectors {

    private Selectors() {
    }

    /** A context holding the given name/value pairs; every other identifier is NULL. */
    static SelectorContext context(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values::get;
    }

    /** "TRUE", "FALSE" or "UNKNOWN": the selector's three-valued result in the context. */
    static String truth(String selector, SelectorContext context) {
        try {
            Boolean result = Selector.parse(selector).evaluate(context);
            return result == null ? "UNKNOWN" : result ? "TRUE" : "FALSE";
        } catch (SelectorSyntaxException e) {
            throw new AssertionError("valid selector refused: " + e.getMessage(), e);
        }
    }

    static boolean matches(String selector, SelectorContext context) {
        try {
            return Selector.parse(selector).matches(context);
        } catch (SelectorSyntaxException e) {
            throw new AssertionError("valid selector refused: " + e.getMessage(), e);
        }
    }

    /** The exception a selector is refused with; fails when it is accepted. */
    static SelectorSyntaxException refusal(String selector) {
        try {
            Selector.parse(selector);
        } catch (SelectorSyntaxException e) {
            return e;
        }
        throw new AssertionError("invalid selector accepted: " + selector);
    }
}
