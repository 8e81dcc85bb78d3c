package dev.petrel.selector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts numeric literals, written in Java's literal syntax (Jakarta Messaging 3.1 §3.8.1.1: "Exact numeric
 * literals use the Java integer literal syntax", "Approximate literals use the Java floating-point literal
 * syntax"), to their values.
 *
 * <p>Exact literals: decimal, hexadecimal ({@code 0x}), octal (leading {@code 0}) and binary ({@code 0b}),
 * underscores between digits, optional {@code L} suffix. The value is an {@code Integer} when written without
 * {@code L} and it fits an int (as in Java, a hexadecimal, octal or binary literal of up to 32 bits is an int
 * with that bit pattern), otherwise a {@code Long}: unlike Java, "numbers in the range of Java long are
 * supported" without the suffix. Approximate literals: a {@code Double}, or a {@code Float} with an {@code f}
 * suffix. Hexadecimal floating-point literals are not supported.
 */
final class NumericLiteral {

    private static final String DIGITS = "[0-9](?:_*[0-9])*";
    private static final String EXPONENT = "[eE][+-]?" + DIGITS;
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9](?:_*[0-9])*)([lL]?)");
    private static final Pattern HEX = Pattern.compile("0[xX]([0-9a-fA-F](?:_*[0-9a-fA-F])*)([lL]?)");
    private static final Pattern OCTAL = Pattern.compile("0(_*[0-7](?:_*[0-7])*)([lL]?)");
    private static final Pattern BINARY = Pattern.compile("0[bB]([01](?:_*[01])*)([lL]?)");
    private static final Pattern FLOATING = Pattern.compile("(" + DIGITS + "\\.(?:" + DIGITS + ")?(?:" + EXPONENT
            + ")?|\\." + DIGITS + "(?:" + EXPONENT + ")?|" + DIGITS + EXPONENT + "|" + DIGITS + "(?=[fFdD]))"
            + "([fFdD]?)");

    private NumericLiteral() {
    }

    /**
     * The value of a numeric literal, negated when a unary minus precedes it (so that the minimum long and int
     * can be written, as in Java).
     *
     * @throws IllegalArgumentException with the reason when the text is no valid literal or out of range
     */
    static Number parse(String text, boolean negative) {
        Matcher m;
        if ((m = DECIMAL.matcher(text)).matches()) {
            return exact(m, 10, negative);
        }
        if ((m = HEX.matcher(text)).matches()) {
            return exact(m, 16, negative);
        }
        if ((m = BINARY.matcher(text)).matches()) {
            return exact(m, 2, negative);
        }
        if ((m = OCTAL.matcher(text)).matches()) {
            return exact(m, 8, negative);
        }
        if ((m = FLOATING.matcher(text)).matches()) {
            return approximate(m.group(1).replace("_", ""), m.group(2), negative);
        }
        throw new IllegalArgumentException("not a Java integer or floating-point literal");
    }

    private static Number exact(Matcher m, int radix, boolean negative) {
        String digits = m.group(1).replace("_", "");
        boolean longSuffix = !m.group(2).isEmpty();
        long value;
        try {
            value = radix == 10 ? Long.parseLong(negative ? "-" + digits : digits)
                    : Long.parseUnsignedLong(digits, radix);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("out of the range of a Java long");
        }
        if (radix != 10) {
            if (!longSuffix && (value >>> 32) == 0) {
                int bits = (int) value;
                return negative ? -bits : bits;
            }
            return negative ? -value : value;
        }
        if (!longSuffix && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return (int) value;
        }
        return value;
    }

    private static Number approximate(String number, String suffix, boolean negative) {
        boolean isFloat = suffix.equals("f") || suffix.equals("F");
        double value = isFloat ? Float.parseFloat(number) : Double.parseDouble(number);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("too large for a Java " + (isFloat ? "float" : "double"));
        }
        if (value == 0 && hasNonZeroDigit(number)) {
            throw new IllegalArgumentException("too small for a Java " + (isFloat ? "float" : "double"));
        }
        if (isFloat) {
            float f = (float) value;
            return negative ? -f : f;
        }
        return negative ? -value : value;
    }

    private static boolean hasNonZeroDigit(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
