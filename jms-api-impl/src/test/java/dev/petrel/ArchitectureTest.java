package dev.petrel;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.petrel.protocol.archfixture.RuleBreakingFixture;

/**
 * The package map of DESIGN.md, enforced on the main classes of this module.
 *
 * <p>The rules are checked from {@code @ArchTest} methods, not declared as {@code @ArchTest} fields: Maven
 * Surefire 3.5.3 silently skips ArchUnit's field tests (SUREFIRE-2298, fixed in 3.5.4), methods run on every
 * version.
 */
@AnalyzeClasses(packages = "dev.petrel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchRule PROTOCOL_KNOWS_NO_JMS_API_CLIENT_OR_BROKER = noClasses()
            .that().resideInAPackage("dev.petrel.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.jms..", "dev.petrel.jms..", "dev.petrel.broker..")
            .because("client and broker share the wire protocol and nothing else");

    private static final ArchRule CLIENT_LIBRARY_NEVER_DEPENDS_ON_THE_BROKER = noClasses()
            .that().resideInAPackage("dev.petrel..").and().resideOutsideOfPackage("dev.petrel.broker..")
            .should().dependOnClassesThat().resideInAPackage("dev.petrel.broker..")
            .because("the client finds the in-JVM broker through ServiceLoader only");

    private static final ArchRule TRANSPORT_KNOWS_NO_JMS_API = noClasses()
            .that().resideInAPackage("dev.petrel.jms.transport..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.jms..")
            .because("transports move bytes and frames and know nothing of JMS")
            .allowEmptyShould(true);

    private static final ArchRule CLIENT_SPI_KNOWS_NOT_THE_JMS_OBJECTS = noClasses()
            .that().resideInAPackage("dev.petrel.jms.client..")
            .should().dependOnClassesThat().resideInAPackage("dev.petrel.jms")
            .because("the JMS objects call the client SPI, never the other way round, so failover can wrap it");

    private static final ArchRule PROTOCOL_IS_IN_NO_CYCLE = slices()
            .assignedFrom(protocolVersusTheRest())
            .should().beFreeOfCycles();

    @ArchTest
    static void protocolKnowsNoJmsApiClientOrBroker(JavaClasses classes) {
        PROTOCOL_KNOWS_NO_JMS_API_CLIENT_OR_BROKER.check(classes);
    }

    @ArchTest
    static void clientLibraryNeverDependsOnTheBroker(JavaClasses classes) {
        CLIENT_LIBRARY_NEVER_DEPENDS_ON_THE_BROKER.check(classes);
    }

    @ArchTest
    static void transportKnowsNoJmsApi(JavaClasses classes) {
        TRANSPORT_KNOWS_NO_JMS_API.check(classes);
    }

    @ArchTest
    static void clientSpiNeverDependsOnTheJmsObjects(JavaClasses classes) {
        CLIENT_SPI_KNOWS_NOT_THE_JMS_OBJECTS.check(classes);
    }

    /**
     * Exempt: {@code dev.petrel.jms.ProducerDestinationRule}, the one class that throws
     * java.lang.UnsupportedOperationException, because the MessageProducer javadoc (send and its QueueSender and
     * TopicPublisher variants) requires exactly that for a send naming a destination on a producer created with
     * one, and a send without destination on a producer created without one.
     */
    @ArchTest
    static void jmsApiImplementationNeverThrowsUnsupportedOperation(JavaClasses classes) {
        noUnsupportedOperationIn("dev.petrel.jms..")
                .check(classes.that(DescribedPredicate.not(JavaClass.Predicates.simpleName("ProducerDestinationRule")
                        .and(JavaClass.Predicates.resideInAPackage("dev.petrel.jms")))));
    }

    @ArchTest
    static void protocolIsInNoDependencyCycleWithOtherPackages(JavaClasses classes) {
        PROTOCOL_IS_IN_NO_CYCLE.check(classes);
    }

    @ArchTest
    static void rulesFireOnAFixtureThatBreaksThem(JavaClasses ignored) {
        JavaClasses fixture = new ClassFileImporter().importClasses(RuleBreakingFixture.class);

        assertThat(PROTOCOL_KNOWS_NO_JMS_API_CLIENT_OR_BROKER.evaluate(fixture).hasViolation())
                .as("the protocol rule must fire on a protocol class that uses jakarta.jms").isTrue();
        assertThat(noUnsupportedOperationIn("dev.petrel.protocol.archfixture..").evaluate(fixture).hasViolation())
                .as("the complete-API rule must fire on a class that throws UnsupportedOperationException").isTrue();
    }

    /** No "not supported" stubs in the package, whichever UnsupportedOperationException constructor they use. */
    private static ArchRule noUnsupportedOperationIn(String packageIdentifier) {
        return noClasses().that().resideInAPackage(packageIdentifier)
                .should().callConstructorWhere(target(owner(assignableTo(UnsupportedOperationException.class))))
                .because("the JMS API must be implemented in full")
                .allowEmptyShould(true);
    }

    /** Two slices, the protocol and every other Petrel package: any cycle between them runs through the protocol. */
    private static SliceAssignment protocolVersusTheRest() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals("dev.petrel.protocol") || name.startsWith("dev.petrel.protocol.")) {
                    return SliceIdentifier.of("protocol");
                }
                return name.startsWith("dev.petrel.") ? SliceIdentifier.of("rest of Petrel") : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the protocol package and the rest of Petrel";
            }
        };
    }
}
