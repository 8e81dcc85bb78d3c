package dev.petrel.broker.config;

import java.util.List;
import java.util.Objects;

/**
 * A destination name pattern of an authorization rule, ActiveMQ style: names are segments separated by
 * {@code .}; {@code *} stands for exactly one segment and {@code >} (last only) for the segment it stands in
 * and everything below, so {@code orders.>} matches {@code orders}, {@code orders.eu} and
 * {@code orders.eu.paris}, and {@code *.events} matches {@code billing.events} but not {@code events}.
 * Immutable.
 *
 * @param text the pattern as written
 */
public record DestinationPattern(String text) {

    private static final String EXPECTED = "expected a destination name or pattern such as orders, orders.> or "
            + "*.events (segments separated by '.', '*' = one segment, '>' = any number, last only)";

    public DestinationPattern {
        Objects.requireNonNull(text, "text");
        List<String> segments = List.of(text.split("\\.", -1));
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            boolean wildcardInside = !s.equals("*") && !s.equals(">") && (s.contains("*") || s.contains(">"));
            if (s.isEmpty() || wildcardInside || (s.equals(">") && i != segments.size() - 1)) {
                throw new IllegalArgumentException(EXPECTED + ", got \"" + text + "\"");
            }
        }
    }

    /** Whether {@code name} (a physical destination name) matches this pattern. */
    public boolean matches(String name) {
        String[] pattern = text.split("\\.", -1);
        String[] segments = name.split("\\.", -1);
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals(">")) {
                // '>' also matches the parent itself: orders.> covers orders
                return true;
            }
            if (i >= segments.length || !(pattern[i].equals("*") || pattern[i].equals(segments[i]))) {
                return false;
            }
        }
        return pattern.length == segments.length;
    }

    @Override
    public String toString() {
        return text;
    }
}
