package org.ariadne;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of the style guide, as tests: dependencies point inward, modules do not form cycles. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ariadne");
    }

    @Test
    void domainDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web..", "..rest..")
                .because("the domain is the core: services, adapters, pages and resources depend on it, never the reverse")
                .check(classes);
    }

    @Test
    void applicationDependsOnNeitherWebNorRestNorInfrastructure() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..rest..", "..catalog.infrastructure..",
                        "..security.infrastructure..")
                .because("use cases talk to ports in the domain; JPA and library adapters plug in from outside")
                .check(classes);
    }

    @Test
    void webAndRestDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().resideInAPackage("..web..")
                .because("the API and the pages are two independent front ends of the same use cases")
                .check(classes);
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..catalog.rest..")
                .because("the API and the pages are two independent front ends of the same use cases")
                .check(classes);
    }

    @Test
    void webAndRestHoldNoEntityManager() {
        noClasses().that().resideInAnyPackage("..web..", "..rest..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("transactions and persistence belong to the @Stateless services")
                .check(classes);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("org.ariadne.(*)..")
                .should().beFreeOfCycles()
                .because("each module can then be understood, tested and replaced on its own")
                .check(classes);
    }
}
