package dev.petrel.broker.cli;

import dev.petrel.broker.config.ConfigValues;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option converters with messages that say what was expected: message counts, and sizes and durations in the
 * formats of {@code broker.xml} (through {@link ConfigValues}): {@code 1024}, {@code 64KiB}; {@code 500ms},
 * {@code 3s}, {@code 2m}.
 */
final class ValueConverters {

    private ValueConverters() {
    }

    /** A number of messages: 0 or more. */
    static final class Count implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long count = Long.parseLong(value.strip());
                if (count >= 0) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // reported below, with what was expected
            }
            throw new TypeConversionException("'" + value + "': expected a number of messages, 0 or more");
        }
    }

    /** A size in bytes below 2GiB: {@code 1024}, {@code 64KiB}, {@code 1MiB}. */
    static final class Size implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return ConfigValues.parseIntSize(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }

    /** A duration: {@code 500ms}, {@code 3s}, {@code 2m}, {@code 1h} or {@code 0}. */
    static final class Time implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return ConfigValues.parseDuration(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }
}
