package dev.petrel.broker.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the value formats of the configuration: sizes ({@code 64KiB}), durations ({@code 30s}) and
 * flags ({@code true}). Each parser throws {@link IllegalArgumentException} whose message says what was
 * expected; the caller adds where. Public so that command-line options can accept the same formats.
 */
public final class ConfigValues {

    private static final String EXPECTED_SIZE = "expected a size such as 1048576, 64KiB or 100MiB";
    private static final String EXPECTED_DURATION = "expected a duration such as 500ms, 30s or 5m, or 0";

    // Binary units only: "MB" means 10^6 to some readers and 2^20 to others, so it is not accepted at all.
    private static final Map<String, Long> SIZE_UNITS = Map.of("", 1L, "KiB", 1L << 10, "MiB", 1L << 20,
            "GiB", 1L << 30);
    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*(|KiB|MiB|GiB)");

    private static final Map<String, ChronoUnit> DURATION_UNITS = Map.of("ms", ChronoUnit.MILLIS,
            "s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,18})\\s*(ms|s|m|h)");

    private ConfigValues() {
    }

    /** Parses a number of bytes: a plain number or one followed by {@code KiB}, {@code MiB} or {@code GiB}. */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(EXPECTED_SIZE + " (units KiB, MiB, GiB are powers of 1024)");
        }
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), SIZE_UNITS.get(m.group(2)));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(EXPECTED_SIZE + ", not more than " + Long.MAX_VALUE + " bytes", e);
        }
    }

    /** Parses a size as for {@link #parseSize} that must also fit in an {@code int} (below 2GiB). */
    public static int parseIntSize(String text) {
        long size = parseSize(text);
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(EXPECTED_SIZE + ", less than 2GiB");
        }
        return (int) size;
    }

    /**
     * Parses a duration: a number followed by {@code ms}, {@code s}, {@code m} or {@code h}; a bare
     * {@code 0} is also accepted (a bare non-zero number is not, since its unit would be a guess).
     */
    public static Duration parseDuration(String text) {
        String stripped = text.strip();
        if (stripped.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = DURATION.matcher(stripped);
        if (!m.matches()) {
            throw new IllegalArgumentException(EXPECTED_DURATION);
        }
        try {
            return Duration.of(Long.parseLong(m.group(1)), DURATION_UNITS.get(m.group(2)));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(EXPECTED_DURATION + ", a shorter one", e);
        }
    }

    /** Parses {@code true} or {@code false} — nothing else, so that a typo is not silently false. */
    public static boolean parseBoolean(String text) {
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }
}
