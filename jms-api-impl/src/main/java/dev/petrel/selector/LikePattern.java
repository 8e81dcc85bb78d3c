package dev.petrel.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A compiled LIKE pattern (Jakarta Messaging 3.1 §3.8.1.1): '_' stands for any single character, '%' for any
 * sequence of characters including the empty one, every other character for itself, and the optional escape
 * character takes the special meaning away from the '_', '%' or escape character after it. The common shapes
 * — no wildcard, 'abc%', '%abc', '%abc%', '%' — match without a regular expression, so without allocating;
 * the rest compile once to a {@link Pattern} (DOTALL, everything but the wildcards quoted). Immutable.
 */
final class LikePattern {

    private enum Shape { EXACT, PREFIX, SUFFIX, CONTAINS, ANY, REGEX }

    private static final Character ANY_SEQUENCE = '%';
    private static final Character ANY_ONE = '_';

    private final String source;
    private final Shape shape;
    private final String literal;
    private final Pattern regex;

    private LikePattern(String source, Shape shape, String literal, Pattern regex) {
        this.source = source;
        this.shape = shape;
        this.literal = literal;
        this.regex = regex;
    }

    /**
     * @param pattern the pattern literal's value
     * @param escape  the escape character, or null for none
     * @throws IllegalArgumentException with the reason when the escape character is not followed by '_', '%'
     *                                  or itself (SQL-92 §8.5: "invalid escape sequence")
     */
    static LikePattern compile(String pattern, Character escape) {
        List<Object> parts = parts(pattern, escape);
        int n = parts.size();
        if (n == 0) {
            return new LikePattern(pattern, Shape.EXACT, "", null);
        }
        if (!parts.contains(ANY_ONE)) {
            if (n == 1) {
                return parts.get(0) instanceof String s ? new LikePattern(pattern, Shape.EXACT, s, null)
                        : new LikePattern(pattern, Shape.ANY, null, null);
            }
            if (n == 2) {
                return parts.get(0) instanceof String s ? new LikePattern(pattern, Shape.PREFIX, s, null)
                        : new LikePattern(pattern, Shape.SUFFIX, (String) parts.get(1), null);
            }
            if (n == 3 && parts.get(0) == ANY_SEQUENCE && parts.get(2) == ANY_SEQUENCE) {
                return new LikePattern(pattern, Shape.CONTAINS, (String) parts.get(1), null);
            }
        }
        return new LikePattern(pattern, Shape.REGEX, null, Pattern.compile(regex(parts), Pattern.DOTALL));
    }

    /**
     * The pattern as literal runs (String) and wildcards ({@link #ANY_SEQUENCE}, {@link #ANY_ONE}), with
     * consecutive '%' collapsed into one and no two literal runs next to each other.
     */
    private static List<Object> parts(String pattern, Character escape) {
        List<Object> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (escape != null && c == escape) {
                run.append(escaped(pattern, ++i, escape));
            } else if (c == '%' || c == '_') {
                if (run.length() > 0) {
                    parts.add(run.toString());
                    run.setLength(0);
                }
                if (c == '_' || parts.isEmpty() || parts.get(parts.size() - 1) != ANY_SEQUENCE) {
                    parts.add(c == '%' ? ANY_SEQUENCE : ANY_ONE);
                }
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            parts.add(run.toString());
        }
        return parts;
    }

    private static char escaped(String pattern, int at, char escape) {
        if (at >= pattern.length()) {
            throw new IllegalArgumentException("the pattern ends with the escape character '" + escape
                    + "', which must be followed by '_', '%' or itself");
        }
        char c = pattern.charAt(at);
        if (c != '%' && c != '_' && c != escape) {
            throw new IllegalArgumentException("the escape character '" + escape + "' at index " + (at - 1)
                    + " of the pattern is followed by '" + c + "'; it may only precede '_', '%' or itself");
        }
        return c;
    }

    private static String regex(List<Object> parts) {
        StringBuilder regex = new StringBuilder();
        for (Object part : parts) {
            if (part == ANY_SEQUENCE) {
                regex.append(".*");
            } else if (part == ANY_ONE) {
                regex.append('.');
            } else {
                regex.append(Pattern.quote((String) part));
            }
        }
        return regex.toString();
    }

    boolean matches(String value) {
        return switch (shape) {
            case EXACT -> value.equals(literal);
            case PREFIX -> value.startsWith(literal);
            case SUFFIX -> value.endsWith(literal);
            case CONTAINS -> value.contains(literal);
            case ANY -> true;
            case REGEX -> regex.matcher(value).matches();
        };
    }

    @Override
    public String toString() {
        return source;
    }
}
