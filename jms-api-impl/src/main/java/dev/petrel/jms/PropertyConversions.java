package dev.petrel.jms;

import jakarta.jms.MessageFormatException;

/**
 * The property value conversion table of Jakarta Messaging 3.1 §3.5.4 (also in the {@code jakarta.jms.Message}
 * javadoc): which stored type may be read as which other. A missing property reads as null, which converts as
 * the wrapper's {@code valueOf(null)} would: false for boolean, NumberFormatException for the integral types,
 * NullPointerException for float and double.
 */
final class PropertyConversions {

    private PropertyConversions() {
    }

    static boolean toBoolean(String name, Object value) throws MessageFormatException {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null || value instanceof String) {
            return Boolean.parseBoolean((String) value);
        }
        throw cannot(name, value, "boolean");
    }

    static byte toByte(String name, Object value) throws MessageFormatException {
        if (value instanceof Byte b) {
            return b;
        }
        if (value == null || value instanceof String) {
            return Byte.parseByte((String) value);
        }
        throw cannot(name, value, "byte");
    }

    static short toShort(String name, Object value) throws MessageFormatException {
        if (value instanceof Short s) {
            return s;
        }
        if (value instanceof Byte b) {
            return b;
        }
        if (value == null || value instanceof String) {
            return Short.parseShort((String) value);
        }
        throw cannot(name, value, "short");
    }

    static int toInt(String name, Object value) throws MessageFormatException {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value == null || value instanceof String) {
            return Integer.parseInt((String) value);
        }
        throw cannot(name, value, "int");
    }

    static long toLong(String name, Object value) throws MessageFormatException {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value == null || value instanceof String) {
            return Long.parseLong((String) value);
        }
        throw cannot(name, value, "long");
    }

    static float toFloat(String name, Object value) throws MessageFormatException {
        if (value instanceof Float f) {
            return f;
        }
        if (value == null || value instanceof String) {
            return Float.parseFloat((String) value);
        }
        throw cannot(name, value, "float");
    }

    static double toDouble(String name, Object value) throws MessageFormatException {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Float f) {
            return f;
        }
        if (value == null || value instanceof String) {
            return Double.parseDouble((String) value);
        }
        throw cannot(name, value, "double");
    }

    static String toText(String name, Object value) throws MessageFormatException {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof byte[]) {
            throw cannot(name, value, "String");
        }
        return value.toString();
    }

    /** For map and stream bodies (§3.11.3): a char is read only as char (null as NullPointerException). */
    static char toChar(String name, Object value) throws MessageFormatException {
        if (value instanceof Character c) {
            return c;
        }
        if (value == null) {
            throw new NullPointerException("'" + name + "' is null and cannot be read as char");
        }
        throw cannot(name, value, "char");
    }

    /** For map and stream bodies (§3.11.3): a byte[] is read only as byte[]; null stays null. */
    static byte[] toBytes(String name, Object value) throws MessageFormatException {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        throw cannot(name, value, "byte[]");
    }

    /** True for the types a map or stream body may hold (§3.11.3): the property types, Character and byte[]. */
    static boolean isBodyValueType(Object value) {
        return isPropertyType(value) || value instanceof Character || value instanceof byte[];
    }

    /** True for the types a property may hold (§3.5.4): the primitive wrappers except Character, and String. */
    static boolean isPropertyType(Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean || value instanceof Double || value instanceof Float
                || value instanceof Short || value instanceof Byte;
    }

    private static MessageFormatException cannot(String name, Object value, String type) {
        return new MessageFormatException("property '" + name + "' holds a " + value.getClass().getSimpleName()
                + ", which cannot be read as " + type + " (Jakarta Messaging 3.1 §3.5.4 conversion table)");
    }
}
