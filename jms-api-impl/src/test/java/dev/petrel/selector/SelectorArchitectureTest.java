package dev.petrel.selector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The selector package is shared by client and broker: it knows the wire protocol and nothing else. Rules are
 * checked from methods (Surefire 3.5.3 skips ArchUnit field tests, see the module's ArchitectureTest).
 */
@AnalyzeClasses(packages = "dev.petrel.selector", importOptions = ImportOption.DoNotIncludeTests.class)
class SelectorArchitectureTest {

    private static final ArchRule SELECTOR_KNOWS_NO_JMS_API_CLIENT_OR_BROKER = noClasses()
            .that().resideInAPackage("dev.petrel.selector..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.jms..", "dev.petrel.jms..", "dev.petrel.broker..", "dev.petrel.jndi..")
            .because("the broker evaluates selectors and never uses the JMS API or the client objects");

    @ArchTest
    static void selectorKnowsNoJmsApiClientOrBroker(JavaClasses classes) {
        SELECTOR_KNOWS_NO_JMS_API_CLIENT_OR_BROKER.check(classes);
    }
}
