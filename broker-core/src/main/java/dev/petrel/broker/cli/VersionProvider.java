package dev.petrel.broker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Tells {@code petrel --version} the project version, read from the {@code pom.properties} Maven writes into
 * the broker jar or, when the broker runs from {@code target/classes}, into the client jar of the same build.
 */
final class VersionProvider implements IVersionProvider {

    private static final List<String> POM_PROPERTIES = List.of(
            "/META-INF/maven/dev.petrel/petrel-broker/pom.properties",
            "/META-INF/maven/dev.petrel/petrel-jms/pom.properties");

    @Override
    public String[] getVersion() throws IOException {
        for (String resource : POM_PROPERTIES) {
            try (InputStream in = VersionProvider.class.getResourceAsStream(resource)) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(in);
                    return new String[] {"Petrel " + properties.getProperty("version", "(unknown version)")};
                }
            }
        }
        return new String[] {"Petrel (development build)"};
    }
}
