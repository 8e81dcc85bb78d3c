package dev.petrel.broker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every element and attribute of broker.xsd is documented, so the reference cannot drift from the schema. */
class ConfigurationReferenceTest {

    private static final Pattern DECLARED = Pattern.compile("<xs:(element|attribute) name=\"([A-Za-z]+)\"");

    @Test
    void everyElementAndAttributeOfTheSchemaIsInTheDocs() throws IOException {
        String xsd = Files.readString(Path.of("src/main/resources/dev/petrel/broker/config/broker.xsd"));
        String docs = Files.readString(Path.of("../docs/configuration.md"))
                + Files.readString(Path.of("../docs/operations.md"));
        List<String> missing = new ArrayList<>();
        Matcher m = DECLARED.matcher(xsd);
        while (m.find()) {
            String name = m.group(2);
            boolean element = m.group(1).equals("element");
            if (!docs.contains(element ? "<" + name : "`" + name + "`")) {
                missing.add(m.group(1) + " " + name);
            }
        }
        assertThat(missing).as("declared in broker.xsd but not in docs/configuration.md or operations.md")
                .isEmpty();
    }
}
