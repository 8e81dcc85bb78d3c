package dev.petrel.broker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigValuesTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "123, 123", "64KiB, 65536", "100MiB, 104857600", "1GiB, 1073741824", "' 2 KiB ', 2048",
            "8589934591GiB, 9223372035781033984"})
    void sizes(String text, long bytes) {
        assertThat(ConfigValues.parseSize(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lots", "64KB", "1MB", "1kib", "-1", "1.5MiB", "0x10", "8589934593GiB",
            "99999999999999999999"})
    void badSizes(String text) {
        assertThatThrownBy(() -> ConfigValues.parseSize(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected a size such as 1048576, 64KiB or 100MiB");
    }

    @ParameterizedTest
    @CsvSource({"1KiB, 1024", "2047MiB, 2146435072", "2147483647, 2147483647"})
    void intSizes(String text, int bytes) {
        assertThat(ConfigValues.parseIntSize(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2GiB", "2147483648"})
    void intSizesStopBelowTwoGiB(String text) {
        assertThatThrownBy(() -> ConfigValues.parseIntSize(text)).hasMessageContaining("less than 2GiB");
    }

    @ParameterizedTest
    @CsvSource({"0, PT0S", "0ms, PT0S", "500ms, PT0.5S", "30s, PT30S", "5m, PT5M", "2h, PT2H", "' 10 s ', PT10S"})
    void durations(String text, Duration expected) {
        assertThat(ConfigValues.parseDuration(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "-1s", "1.5s", "5min", "PT30S", "1d", "999999999999999999h"})
    void badDurations(String text) {
        assertThatThrownBy(() -> ConfigValues.parseDuration(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected a duration such as 500ms, 30s or 5m, or 0");
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "' true ', true"})
    void flags(String text, boolean expected) {
        assertThat(ConfigValues.parseBoolean(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "TRUE", "1", ""})
    void badFlags(String text) {
        assertThatThrownBy(() -> ConfigValues.parseBoolean(text)).hasMessage("expected true or false");
    }
}
