package dev.petrel.broker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The broker's package map (DESIGN.md, "Package map"), enforced. Plain JUnit tests over ArchUnit rules, so
 * every rule is reported as a test.
 */
class BrokerArchitectureTest {

    private static final JavaClasses BROKER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.petrel.broker");

    /** Destinations are actors over plain values: no network, no client, no server types. */
    private static final ArchRule destinationsKnowNoTransport = noClasses().that()
            .resideInAPackage("dev.petrel.broker.destination..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("io.netty..", "dev.petrel.jms..", "dev.petrel.broker.server..", "dev.petrel.broker.cli..");

    /** Configuration is typed values bound from XML; it uses nothing that runs. */
    private static final ArchRule configIsPlainValues = noClasses().that()
            .resideInAPackage("dev.petrel.broker.config..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("io.netty..", "dev.petrel.jms..", "dev.petrel.broker.server..",
                    "dev.petrel.broker.destination..", "dev.petrel.broker.cli..");

    /** Only the launcher's tools use the JMS client; the server meets it only at the vm:// registry. */
    private static final ArchRule brokerCoreDoesNotUseTheJmsClient = noClasses().that()
            .resideInAnyPackage("dev.petrel.broker", "dev.petrel.broker.server..", "dev.petrel.broker.destination..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.petrel.jms", "dev.petrel.jms.client..")
            .orShould().dependOnClassesThat().resideInAPackage("jakarta.jms..");

    /** Nothing below the launcher depends on it. */
    private static final ArchRule nothingDependsOnTheCli = noClasses().that()
            .resideOutsideOfPackage("dev.petrel.broker.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.petrel.broker.cli..");

    @Test
    void destinationsKnowNoTransport() {
        destinationsKnowNoTransport.check(BROKER);
    }

    @Test
    void configIsPlainValues() {
        configIsPlainValues.check(BROKER);
    }

    @Test
    void brokerCoreDoesNotUseTheJmsClient() {
        brokerCoreDoesNotUseTheJmsClient.check(BROKER);
    }

    @Test
    void nothingDependsOnTheCli() {
        nothingDependsOnTheCli.check(BROKER);
    }
}
