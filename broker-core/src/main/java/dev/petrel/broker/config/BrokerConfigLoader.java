package dev.petrel.broker.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a broker configuration file ({@code conf/broker.xml}): checks it against {@code broker.xsd},
 * binds it to a {@link BrokerConfig} and checks the values. Stateless and thread-safe.
 */
public final class BrokerConfigLoader {

    private BrokerConfigLoader() {
    }

    /**
     * Loads {@code file}.
     *
     * @throws ConfigException if the file is missing, unreadable, not well-formed XML, not valid against the
     *                         schema, or holds a value out of range — the message says where and what was
     *                         expected
     */
    public static BrokerConfig load(Path file) {
        if (!Files.exists(file)) {
            throw new ConfigException("configuration file " + file.toAbsolutePath()
                    + " does not exist; pass --config FILE to use another file");
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException("configuration file " + file.toAbsolutePath()
                    + " is a directory; pass --config FILE with the path of a broker.xml file");
        }
        return BrokerConfigBinder.bind(file, ValidatingDomParser.parse(file));
    }
}
